import type { Nlp } from '../nlp/wink.ts';
import type { LexiconEntry } from './lexicon.ts';
import { DISCOVERY_BEFORE, OUTCOME_CUES, type Cue } from './cues.ts';
import { couldMatch, patternNormals, type Scope } from './learn-scope.ts';
import { compileTopics, type Topic } from './topic.ts';
import { winkPatterns } from './wink-groups.ts';

// Entity names learned by wink-nlp: `r:<id>` a remedy, `x` a veto phrase, `c:<i>` an outcome cue, `d` a discovery lead.

/** A lexicon compiled into the custom entities of one wink-nlp instance, with what extraction needs to read them. */
export type RemedyMatcher = {
  readonly nlp: Nlp;
  readonly entries: ReadonlyMap<string, LexiconEntry>;
  /** Lower-cased forms that only count in one of the listed exact spellings (`pt` -> {`PT`, `PTs`}). */
  readonly exact: ReadonlyMap<string, ReadonlySet<string>>;
  /** Compiled keys of `guarded` phrases: they count only in a sentence that speaks of health or of an effect. */
  readonly guarded: ReadonlySet<string>;
  /** Compiled keys of `goals` phrases: they count only before an outcome cue in their sentence. */
  readonly goals: ReadonlySet<string>;
  /** Every compiled phrase key (lower case, single-spaced) and the remedy it names: known remedies stay out of discovery. */
  readonly owners: ReadonlyMap<string, string>;
  readonly cues: readonly Cue[];
  /** The entries that list thread words (`topic`), by id: they name the remedy in a thread whose title names it. */
  readonly topics: ReadonlyMap<string, Topic>;
  /** Raw lexicon patterns wink-nlp refused (an alternative that is not one token); they are left out. */
  readonly rejected: readonly string[];
  /** How many patterns wink-nlp learned (fewer with a scope). */
  readonly learned: number;
};

/**
 * A lexicon compiled into wink-nlp patterns: plain data, so a run's configuration cache keeps it and a worker thread
 * receives it ready, instead of compiling the whole lexicon again before it reads a text (40-70 ms of a worker's
 * start). Built by `compileLexicon` from the entries alone.
 */
export type CompiledLexicon = {
  /**
   * Each entity name with its patterns, in learning order, and how many of them, first, are phrase keys its remedy
   * owns (see `RemedyMatcher.owners`; the rest of a remedy's patterns are raw lexicon patterns).
   */
  readonly groups: readonly (readonly [name: string, patterns: readonly string[], owned: number])[];
  /** Lower-cased forms that only count in the listed exact spellings. */
  readonly exact: readonly (readonly [string, readonly string[]])[];
  readonly guarded: readonly string[];
  readonly goals: readonly string[];
};

/**
 * Compiles lexicon entries into patterns. Later entries win a phrase claimed twice (a user lexicon overrides the
 * built-in one); a veto never hides a phrase.
 */
export function compileLexicon(entries: readonly LexiconEntry[]): CompiledLexicon {
  const owner = new Map<string, string>(); // phrase key -> id (last wins)
  const raw = new Map<string, string>(); // raw pattern -> id
  const exact = new Map<string, Set<string>>();
  const caseless = new Set<string>();
  const guarded = new Set<string>();
  const goals = new Set<string>();
  for (const e of entries) {
    for (const p of e.phrases) for (const v of variants(p)) owner.set(v, e.id), caseless.add(v), guarded.delete(v), goals.delete(v);
    for (const p of e.guarded) for (const v of variants(p)) owner.set(v, e.id), caseless.add(v), guarded.add(v), goals.delete(v);
    for (const p of e.goals) for (const v of variants(p)) owner.set(v, e.id), caseless.add(v), goals.add(v), guarded.delete(v);
    // wink-nlp keeps a closing period on a short capitalised word (`with a PT.` -> `PT.`), so that form counts too.
    for (const x of e.exact.flatMap((x) => (x.endsWith('.') ? [x] : [x, `${x}.`]))) {
      const k = key(x);
      owner.set(k, e.id);
      exact.set(k, (exact.get(k) ?? new Set()).add(x));
    }
    for (const p of e.patterns) for (const w of winkPatterns(p)) raw.set(w, e.id);
  }
  for (const k of caseless) exact.delete(k);
  const vetoes = new Set<string>();
  for (const e of entries) for (const x of e.exclude) for (const v of variants(x, false).flatMap(winkPatterns)) if (!owner.has(v)) vetoes.add(v);

  const grouped = new Map<string, string[]>();
  const push = (name: string, pattern: string) => (grouped.get(name) ?? grouped.set(name, []).get(name)!).push(pattern);
  for (const [k, id] of owner) push(`r:${id}`, k);
  for (const [p, id] of raw) push(`r:${id}`, p);
  for (const v of vetoes) push('x', v);
  OUTCOME_CUES.forEach((c, i) => push(`c:${i}`, c.pattern));
  for (const p of DISCOVERY_BEFORE) push('d', p);
  const owned = new Map<string, number>();
  for (const id of owner.values()) owned.set(`r:${id}`, (owned.get(`r:${id}`) ?? 0) + 1);
  return {
    groups: [...grouped].map(([name, patterns]) => [name, patterns, owned.get(name) ?? 0] as const),
    exact: [...exact].map(([k, spellings]) => [k, [...spellings]] as const),
    guarded: [...guarded],
    goals: [...goals],
  };
}

/**
 * Teaches `nlp` the lexicon as custom entities (replacing any learned before) and returns the matcher. `compiled` is
 * `compileLexicon(entries)`, passed when it was made before (a worker receives it with its configuration).
 * With `scope` (the words of the only texts this matcher will read, from `scopeWords`, and the lexicon's normal
 * exceptions when known) it learns just the patterns that could match those texts (see `learn-scope.ts`); everything
 * else about the matcher is the same.
 */
export function createRemedyMatcher(
  entries: readonly LexiconEntry[],
  nlp: Nlp,
  scope?: Scope,
  compiled: CompiledLexicon = compileLexicon(entries),
): RemedyMatcher {
  const grouped = new Map<string, string[]>(compiled.groups.map(([name, patterns]) => [name, [...patterns]]));
  const owners = new Map<string, string>();
  for (const [name, patterns, owned] of compiled.groups) for (const p of patterns.slice(0, owned)) owners.set(p, name.slice(2));
  if (scope) {
    const learnScope = { words: scope.words, normals: patternNormals([...grouped.values()].flat(), nlp, scope.exceptions) };
    for (const [name, patterns] of grouped) {
      const kept = patterns.filter((p) => couldMatch(p, learnScope));
      if (kept.length > 0) grouped.set(name, kept);
      else grouped.delete(name);
    }
  }
  const rejected = learn(nlp, grouped);
  const learned = [...grouped.values()].reduce((n, patterns) => n + patterns.length, 0);
  return {
    nlp,
    entries: new Map(entries.map((e) => [e.id, e])),
    exact: new Map(compiled.exact.map(([k, spellings]) => [k, new Set(spellings)])),
    guarded: new Set(compiled.guarded),
    goals: new Set(compiled.goals),
    owners,
    cues: OUTCOME_CUES,
    topics: compileTopics(entries),
    rejected,
    learned,
  };
}

/** Returns the lookup key of a phrase: lower case, single spaces. */
export function key(phrase: string): string {
  return phrase.toLowerCase().replace(/\s+/g, ' ').trim();
}

// The forms a remedy phrase is compiled to: as written and with its hyphens as spaces, each with the plural of its
// last word (`floor press` -> `floor presses`; and for several words the singular: `pot brownies` -> `pot brownie`;
// one-word plurals like `weights` stay), plus two plain words joined by a hyphen as written (wink-nlp splits `foam-rolling` into `foam - rolling`).
// A veto (`spelling: false`) only gets its plural: every extra pattern costs a little on every read.
function variants(phrase: string, spelling = true): string[] {
  const k = key(phrase);
  const out = new Set<string>();
  const inflect = (f: string) => {
    out.add(f);
    const m = /^(.*?)([a-z]+)$/.exec(f);
    if (m === null) return;
    const [, head = '', last = ''] = m;
    if (last.length < 3 || /[^a-z ]/.test(head.replace(/[-.']/g, ''))) return;
    if (spelling && head !== '' && /[^su]s$/.test(last)) out.add(head + last.slice(0, /(ches|shes|xes|sses)$/.test(last) ? -2 : -1));
    if (/ing$/.test(last) || /[^s]s$/.test(last)) return;
    out.add(head + (/[^aeiou]y$/.test(last) ? last.slice(0, -1) + 'ies' : /(x|ch|sh|z|ss)$/.test(last) ? last + 'es' : last + 's'));
  };
  inflect(k);
  // wink-nlp keeps a sentence's closing period on a lone final letter (`take Vit D.` -> `vit`, `d.`).
  if (spelling && / [a-z]$/.test(k)) out.add(`${k}.`);
  if (spelling && !k.includes('[')) {
    if (k.includes('-')) inflect(k.replace(/\s*-\s*/g, ' '));
    if (/^[a-z]+ [a-z]+$/.test(k)) out.add(k.replace(' ', '-'));
  }
  return [...out];
}

// wink-nlp throws on a pattern whose bracketed alternative is not a single token; such a pattern comes from the
// lexicon (content), so it is dropped and named instead of failing the run.
function learn(nlp: Nlp, grouped: Map<string, string[]>): string[] {
  const rejected: string[] = [];
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      nlp.learnCustomEntities([...grouped].map(([name, patterns]) => ({ name, patterns })), { matchValue: false, usePOS: false, useEntity: false });
      return rejected;
    } catch (err) {
      const token = /incorrect token "([^"]*)"/.exec(String(err))?.[1];
      if (token === undefined) throw err;
      // wink-nlp names the refused token after its own rewriting (`dont` -> `donot`), so the patterns that spell it are
      // suspects, each tried alone; when none spells it, every bracketed pattern is.
      const squash = (p: string) => p.replace(/[\s\[\]|]/g, '');
      const all = [...grouped.values()].flat().filter((p) => p.includes('['));
      const suspects = all.filter((p) => squash(p).includes(token));
      let refused = new Set(suspects.filter((p) => !accepts(nlp, p)));
      if (refused.size === 0) refused = new Set(all.filter((p) => !accepts(nlp, p)));
      if (refused.size === 0) throw err;
      rejected.push(...refused);
      for (const [name, patterns] of grouped) grouped.set(name, patterns.filter((p) => !refused.has(p)));
    }
  }
  throw new Error('wink-nlp kept refusing the compiled lexicon patterns');
}

function accepts(nlp: Nlp, pattern: string): boolean {
  try {
    nlp.learnCustomEntities([{ name: 'probe', patterns: [pattern] }], { matchValue: false, usePOS: false, useEntity: false });
    return true;
  } catch {
    return false;
  }
}
