import { z } from 'zod';
import { LineCounter, parseDocument, isMap, isSeq, isScalar } from 'yaml';
import type { Diagnostics } from '../diagnostics.ts';
import {
  lexiconDuplicateId,
  lexiconInvalidEntry,
  lexiconUnknownKey,
  lexiconNotList,
  lexiconParentCycle,
  lexiconSyntax,
  lexiconUnknownParent,
} from '../messages/remedies.ts';

/** The remedy categories of the lexicon. */
export const RemedyCategory = z.enum([
  'mind-body',
  'exercise-and-movement',
  'manual-therapy',
  'devices-and-aids',
  'supplements',
  'diet-and-food',
  'lifestyle',
  'drugs',
  'procedures',
]);
export type RemedyCategory = z.infer<typeof RemedyCategory>;

const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id like `fish-oil`');
const words = z.array(z.string().trim().min(1)).default([]);

/**
 * One remedy: its id, label, category, optional parent id, and the words that name it or veto a match. Strict: an
 * unknown key is an error, since in a flow map (`{ label: A, B }`) an unquoted comma silently starts a new key.
 */
export const LexiconEntry = z.strictObject({
  id: kebab,
  label: z.string().min(1),
  category: RemedyCategory,
  parent: kebab.optional(),
  /** Case-insensitive words or phrases; the plural of the last word is added when compiled. */
  phrases: words,
  /** Case-sensitive forms for ambiguous abbreviations (`PT`, `TMS`). */
  exact: words,
  /**
   * Plain food and drink words (`coffee`, `cheese`) and plain backdrop words (`gym`, `music`) that name the remedy
   * only where their sentence, or one next to it, also speaks of health or of an effect, and never inside a
   * capitalised name (`Glitter Gym`): eaten as food or met as scenery they are not remedies. Compiled like `phrases`.
   */
  guarded: words,
  /**
   * Phrases naming an end people seek (`weight loss`, `fat loss`) rather than a thing they do: they name the remedy
   * only when an outcome cue later in the sentence says what it did (`losing weight fixed my knees`). Compiled like
   * `phrases`.
   */
  goals: words,
  /** Raw wink-nlp patterns, e.g. `[heat|heating] [pad|pads]`. */
  patterns: words,
  /** Longer phrases of ordinary English that contain a match and veto it (`ice cream`). */
  exclude: words,
  /**
   * Single words that name the remedy only in a thread whose title names it (`potatoes` in a potato-diet thread, `LG`
   * in a Leangains thread), where they name nothing else; see `topic.ts`. A word with a capital matches only as written.
   */
  topic: z.array(z.string().trim().regex(/^\S+$/, 'expected one word without spaces')).default([]),
});
export type LexiconEntry = z.infer<typeof LexiconEntry>;

/** A row of `remedies.csv`. */
export const RemedyRow = z.object({ remedy_id: z.string(), label: z.string(), category: z.string(), parent_id: z.string() });
export type RemedyRow = z.infer<typeof RemedyRow>;

/**
 * Parses a lexicon file (YAML or JSON list of entries); returns its valid entries. Bad entries become positioned
 * diagnostics. Parents are checked against `base` plus this file (unknown parents and cycles are cut).
 */
export function parseLexicon(text: string, file: string, diag: Diagnostics, base: readonly LexiconEntry[] = []): LexiconEntry[] {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  const at = (offset: number | undefined) => lc.linePos(offset ?? 0);
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const p = at(e.pos[0]);
      diag.report(file, p.line, p.col, lexiconSyntax(e.message.split('\n')[0] ?? e.message));
    }
    return [];
  }
  const root = doc.contents;
  if (root === null) return [];
  if (!isSeq(root)) {
    const p = at(root.range?.[0]);
    diag.report(file, p.line, p.col, lexiconNotList(isMap(root) ? 'a map' : 'a value'));
    return [];
  }
  const js: unknown[] = root.toJS(doc);
  const entries: LexiconEntry[] = [];
  const lines = new Map<string, { line: number; col: number }>();
  root.items.forEach((node, i) => {
    const itemPos = at((node as { range?: [number, number, number] }).range?.[0]);
    const parsed = LexiconEntry.safeParse(js[i]);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const stray = issue?.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
      const field = String(stray ?? issue?.path[0] ?? 'entry');
      let pos = itemPos;
      if (isMap(node)) {
        const pair = node.items.find((it) => isScalar(it.key) && it.key.value === field);
        const keyRange = pair && isScalar(pair.key) ? pair.key.range : undefined;
        if (keyRange) pos = at(keyRange[0]);
      }
      diag.report(file, pos.line, pos.col, stray !== undefined ? lexiconUnknownKey(stray, Object.keys(LexiconEntry.shape)) : lexiconInvalidEntry(field, issue?.message ?? 'invalid'));
      return;
    }
    if (lines.has(parsed.data.id)) {
      diag.report(file, itemPos.line, itemPos.col, lexiconDuplicateId(parsed.data.id));
      return;
    }
    lines.set(parsed.data.id, itemPos);
    entries.push(parsed.data);
  });
  return checkTree(entries, base, (id) => lines.get(id) ?? { line: 0, col: 0 }, file, diag);
}

function checkTree(
  entries: LexiconEntry[],
  base: readonly LexiconEntry[],
  posOf: (id: string) => { line: number; col: number },
  file: string,
  diag: Diagnostics,
): LexiconEntry[] {
  const byId = new Map<string, LexiconEntry>();
  for (const e of mergeLexicons(base, entries)) byId.set(e.id, e);
  const out: LexiconEntry[] = [];
  for (const entry of entries) {
    let e = entry;
    if (e.parent !== undefined && !byId.has(e.parent)) {
      const p = posOf(e.id);
      diag.report(file, p.line, p.col, lexiconUnknownParent(e.id, e.parent));
      e = withoutParent(e);
      byId.set(e.id, e);
    }
    const path = [e.id];
    for (let p = e.parent; p !== undefined; p = byId.get(p)?.parent) {
      path.push(p);
      if (p === e.id) {
        const pos = posOf(e.id);
        diag.report(file, pos.line, pos.col, lexiconParentCycle(e.id, path));
        e = withoutParent(e);
        byId.set(e.id, e);
        break;
      }
      if (path.length > byId.size + 1) break;
    }
    out.push(e);
  }
  return out;
}

function withoutParent(e: LexiconEntry): LexiconEntry {
  const { parent: _dropped, ...rest } = e;
  return rest;
}

/** Returns `base` with each entry of `extra` replacing the base entry of the same id, or appended when new. */
export function mergeLexicons(base: readonly LexiconEntry[], extra: readonly LexiconEntry[]): LexiconEntry[] {
  const out = [...base];
  const index = new Map(out.map((e, i) => [e.id, i]));
  for (const e of extra) {
    const i = index.get(e.id);
    if (i === undefined) {
      index.set(e.id, out.length);
      out.push(e);
    } else out[i] = e;
  }
  return out;
}

/** Returns the ids above `id` in the lexicon tree, nearest first (empty for a root or an unknown id). */
export function ancestorsOf(entries: readonly LexiconEntry[], id: string): string[] {
  const parentOf = new Map(entries.map((e) => [e.id, e.parent]));
  const out: string[] = [];
  const seen = new Set([id]);
  for (let p = parentOf.get(id); p !== undefined && !seen.has(p); p = parentOf.get(p)) {
    out.push(p);
    seen.add(p);
  }
  return out;
}

/** Returns the rows of `remedies.csv` (`remedy_id, label, category, parent_id`), sorted by id. */
export function remedyRows(entries: readonly LexiconEntry[]): RemedyRow[] {
  return entries
    .map((e) => ({ remedy_id: e.id, label: e.label, category: e.category, parent_id: e.parent ?? '' }))
    .sort((a, b) => (a.remedy_id < b.remedy_id ? -1 : a.remedy_id > b.remedy_id ? 1 : 0));
}

/** Where the built-in lexicon lives (the shell reads it; `src/` does no I/O). */
export const builtinLexiconUrl = new URL('./lexicon.yaml', import.meta.url);
