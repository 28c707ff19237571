import type { Doc, Nlp } from '../nlp/wink.ts';

/**
 * Learning the whole lexicon costs wink-nlp about half a second (it tokenizes every pattern), more than analysing a
 * few posts. A scope lets a matcher that will read only known texts learn just the patterns that could match them:
 * a pattern of letters, spaces, hyphens and `[a|b]` alternatives needs each of its words, as its normal form, among
 * the texts' words or their tokens' normal forms. Patterns of other characters (digits, periods, apostrophes, capitals)
 * are always learned: their words can change how wink tokenizes a text, and so every result.
 *
 * Dropping a pattern that cannot match changes no match: wink's matcher tries each start token greedily and rolls
 * back fully after a failed partial match, and a token outside every learned pattern is read as its normal form
 * either way. (`test/remedies/learn-scope.test.ts` checks scoped and full learning give equal analyses.)
 */
export type LearnScope = {
  /** Letter runs of the texts (lower case) and of their tokens' normal forms. */
  readonly words: ReadonlySet<string>;
  /** The normal forms of the tokens wink reads a lower-case word as, on its own (`cannot` -> `can`, `not`). */
  readonly normals: (word: string) => readonly string[];
};

/** The letter runs of `texts` and of the normal forms of `docs`' tokens (the docs read from those texts). */
export function scopeWords(texts: readonly string[], docs: readonly Doc[], nlp: Nlp): Set<string> {
  const words = new Set<string>();
  const add = (s: string) => {
    for (const w of s.toLowerCase().split(NOT_LETTERS)) if (w !== '') words.add(w);
  };
  for (const t of texts) add(t);
  for (const d of docs) for (const n of d.tokens().out(nlp.its.normal) as string[]) add(n);
  return words;
}

/**
 * The pattern words whose normal forms are not just the word itself (`fibre` -> `fiber`, `dont` -> `do`, `not`): about
 * 50 of the built-in lexicon's 8,700. Reading every pattern word costs a scoped matcher more than the rest of its
 * learning, so the words are read once where the whole lexicon is learned anyway (a full run's worker), kept in the
 * manifest, and given to the scoped matchers of later runs with the same lexicon and code (see `patternNormals`).
 */
export type NormalExceptions = readonly (readonly [string, readonly string[]])[];

/** A scope: the words of the only texts a matcher will read, and its lexicon's `NormalExceptions` when known. */
export type Scope = { readonly words: ReadonlySet<string>; readonly exceptions?: NormalExceptions | null };

/**
 * Returns `normals` for `LearnScope`: from `exceptions` (read before for exactly these patterns) when given, else by
 * reading every word of `patterns` once.
 */
export function patternNormals(patterns: readonly string[], nlp: Nlp, exceptions?: NormalExceptions | null): (word: string) => readonly string[] {
  if (exceptions) {
    const known = new Map(exceptions);
    return (word) => known.get(word) ?? [word];
  }
  const list = patternWords(patterns);
  const read = (text: string) => nlp.readDoc(text).tokens().out(nlp.its.normal) as string[];
  const table = new Map<string, readonly string[]>();
  // The words are read together once; a word that splits (`cannot` -> `can`, `not`) is matched to the run of tokens
  // whose texts spell it. Should that alignment fail, each word is read on its own when first asked for.
  alignTokens(list, nlp, table);
  return (word) => {
    let n = table.get(word);
    if (n === undefined) table.set(word, (n = read(word)));
    return n;
  };
}

/**
 * Returns the `NormalExceptions` of `patterns`, or null when wink's tokens of the words read together do not line up
 * with the words (reading each alone would cost more than it saves later).
 */
export function normalExceptions(patterns: readonly string[], nlp: Nlp): NormalExceptions | null {
  const words = patternWords(patterns);
  const table = new Map<string, readonly string[]>();
  if (!alignTokens(words, nlp, table)) return null;
  return words.flatMap((w) => {
    const n = table.get(w)!;
    return n.length === 1 && n[0] === w ? [] : [[w, n] as const];
  });
}

/** The distinct words of the patterns the scope rule reads, in first-seen order. */
function patternWords(patterns: readonly string[]): string[] {
  const distinct = new Set<string>();
  for (const p of patterns) if (SCOPABLE.test(p)) for (const w of p.split(NOT_LETTERS)) if (w !== '') distinct.add(w);
  return [...distinct];
}

/**
 * Reads `words` as one text and sets each word's normal forms in `table`; sets none and returns false if tokens and
 * words do not align.
 */
function alignTokens(words: readonly string[], nlp: Nlp, table: Map<string, readonly string[]>): boolean {
  const tokens = nlp.readDoc(words.join(' ')).tokens();
  const values = tokens.out() as string[];
  const normals = tokens.out(nlp.its.normal) as string[];
  const found = new Map<string, readonly string[]>();
  let t = 0;
  for (const w of words) {
    let spelled = '';
    const parts: string[] = [];
    while (t < values.length && spelled.length < w.length) {
      spelled += values[t]!.toLowerCase();
      parts.push(normals[t]!);
      t++;
    }
    if (spelled !== w) return false;
    found.set(w, parts);
  }
  if (t !== values.length) return false;
  for (const [w, parts] of found) table.set(w, parts);
  return true;
}

/** Whether `pattern` could match a text whose words are `scope.words` (true for every pattern outside the rule). */
export function couldMatch(pattern: string, scope: LearnScope): boolean {
  if (!SCOPABLE.test(pattern)) return true;
  const has = (word: string) => scope.words.has(word) || scope.normals(word).every((n) => scope.words.has(n));
  return pattern
    .trim()
    .split(/\s+/)
    .every((atom) => {
      const alternatives = atom.startsWith('[') && atom.endsWith(']') ? atom.slice(1, -1).split('|') : [atom];
      // An empty alternative makes the atom optional.
      return alternatives.some((alt) => alt.split('-').every((w) => w === '' || has(w)));
    });
}

/** Words that are letter runs the rule can reason about: lower-case letters, spaces, hyphens, brackets and bars. */
const SCOPABLE = /^[a-z \-[\]|]+$/;
const NOT_LETTERS = /[^\p{L}]+/u;
