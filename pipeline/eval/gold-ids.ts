/**
 * How the evaluations read the remedy ids annotators write. Annotators coin their own ids: a gold id that is no
 * lexicon id but spells exactly one lexicon id with other hyphens (`glp-1-agonists` for `glp1-agonists`), or, read as
 * words, is a phrase of exactly one entry (`ketogenic-diet` is a phrase of `keto-diet`, `cocoa` a guarded phrase of
 * `cacao`), names that entry. Two ids match when they are the same or either is the other's ancestor.
 */
import { ancestorsOf, type LexiconEntry } from '../../src/remedies/lexicon.ts';

export interface GoldIdReader {
  /** The lexicon id a gold id names (itself when it names none). */
  resolve(id: string): string;
  /** Whether reported id `a` matches gold id `gold`. */
  related(a: string, gold: string): boolean;
  /** Whether `id`, read as above, is a lexicon id. */
  known(id: string): boolean;
  /** Every reading made so far: gold id -> lexicon id, and how (`its spelling` or `a phrase of it`). */
  readings: Map<string, { entry: string; how: string }>;
  /**
   * One comment's reported ids scored against its labels: the reported ids that match a required one (`right`), those
   * that match neither a required nor an optional one (`wrong`), and the required ids nothing reported matches
   * (`missed`).
   */
  score(reported: readonly string[], required: readonly string[], optional: readonly string[]): { right: number; wrong: string[]; missed: string[] };
}

export function goldIdReader(entries: readonly LexiconEntry[]): GoldIdReader {
  const known = new Set(entries.map((e) => e.id));
  const byPhrase = new Map<string, Set<string>>();
  for (const e of entries) {
    for (const p of [...e.phrases, ...e.guarded, ...e.goals]) {
      const ids = byPhrase.get(p.toLowerCase()) ?? new Set<string>();
      byPhrase.set(p.toLowerCase(), ids.add(e.id));
    }
  }
  const squash = (id: string) => id.replace(/[^a-z0-9]/g, '');
  const bySquashed = new Map<string, Set<string>>();
  for (const e of entries) bySquashed.set(squash(e.id), (bySquashed.get(squash(e.id)) ?? new Set<string>()).add(e.id));
  const readings = new Map<string, { entry: string; how: string }>();
  const resolve = (id: string): string => {
    if (known.has(id)) return id;
    const spelled = bySquashed.get(squash(id));
    const ids = spelled?.size === 1 ? spelled : byPhrase.get(id.replace(/-/g, ' '));
    if (ids?.size !== 1) return id;
    const [entry] = ids;
    readings.set(id, { entry: entry!, how: spelled?.size === 1 ? 'its spelling' : 'a phrase of it' });
    return entry!;
  };
  const related = (a: string, gold: string) => {
    const x = resolve(a);
    const b = resolve(gold);
    return x === b || ancestorsOf(entries, x).includes(b) || ancestorsOf(entries, b).includes(x);
  };
  const score = (reported: readonly string[], required: readonly string[], optional: readonly string[]) => {
    let right = 0;
    const wrong: string[] = [];
    for (const r of reported) {
      if (required.some((x) => related(r, x))) right++;
      else if (!optional.some((x) => related(r, x))) wrong.push(r);
    }
    const missed = required.filter((x) => !reported.some((r) => related(r, x)));
    return { right, wrong, missed };
  };
  return { resolve, related, known: (id) => known.has(resolve(id)), readings, score };
}
