// @ts-expect-error the model ships no types for its WordNet exception tables (form -> lemma objects).
import adjectiveExceptions from 'wink-eng-lite-web-model/dist/wn-adjective-exceptions.js';
// @ts-expect-error see above
import nounExceptions from 'wink-eng-lite-web-model/dist/wn-noun-exceptions.js';
// @ts-expect-error see above
import verbExceptions from 'wink-eng-lite-web-model/dist/wn-verb-exceptions.js';
import type { CompiledPhrase } from './adjustments.ts';
import { winkLexicon } from './wink-lexicon.ts';

// One lookup per token: every set the scorer asks about is merged into a single Map<string, TokenInfo> at compile
// time, and a cheap test on a token's normal says whether its (expensive) wink lemma could change any answer.

/** Bits of `TokenInfo.flags`. */
export const F = {
  symptom: 1,
  neutral: 2,
  neutralBeforeSymptom: 4,
  reliefBefore: 8,
  reliefAfter: 16,
  worseBefore: 32,
  worseAfter: 64,
} as const;

/** What the scorer knows about one word: wink lexicon polarity, set memberships, own weight, phrases it starts. */
export type TokenInfo = {
  lex: number;
  flags: number;
  word: { weight: number; needsSymptom: boolean } | undefined;
  phrases: readonly CompiledPhrase[] | undefined;
  /** `needsLemma` of this word, -1 until first asked. */
  lemma: number;
};

/** `needsLemma` bits: the lemma may hit a key read for every token, or only a word inside a phrase. */
export const LEMMA_CORE = 1;
/** See `LEMMA_CORE`. */
export const LEMMA_STEP = 2;

/** The merged word table plus the data deciding which tokens need their lemma. */
export type TokenTable = {
  /** Known words, plus every other word seen so far (memo of its `needsLemma`), up to `MEMO_LIMIT` entries. */
  readonly info: Map<string, TokenInfo>;
  /** Irregular forms (WordNet exceptions, contractions) whose lemma is a key, per key kind (see `needsLemma`). */
  readonly irregular: ReadonlyMap<string, number>;
  /** Keys whose lemma-side lookup matters: `LEMMA_CORE` (flags, own weight, phrase start) or `LEMMA_STEP` (later phrase words). */
  readonly keys: ReadonlyMap<string, number>;
};

/** Sets and maps of the compiled adjustments that the table merges (all keys lower case). */
export type TableSources = {
  symptoms: ReadonlySet<string>;
  neutral: ReadonlySet<string>;
  neutralBeforeSymptom: ReadonlySet<string>;
  words: ReadonlyMap<string, { weight: number; needsSymptom: boolean }>;
  phrasesByFirst: ReadonlyMap<string, readonly CompiledPhrase[]>;
  phraseWords: ReadonlySet<string>;
  reliefBefore: ReadonlySet<string>;
  reliefAfter: ReadonlySet<string>;
  worseBefore: ReadonlySet<string>;
  worseAfter: ReadonlySet<string>;
};

// Contraction parts wink lemmatizes from its contraction table rather than from the normal.
const CONTRACTION_PARTS = ["n't", 'nt', "'m", "'s", "'re", "'ve", "'d", "'ll", "'a", 'ca', 'wo', 'sha', 'ai', 'das', 'gon', 'na', 'wan', 'ta'];
// wink's suffix rules (wink-eng-lite-web-model lemmatize.js): [suffix, replacement]; a stripped stem may also take
// an "e" back, and the lexicon's own lemmas undo a doubled final consonant ("stopped" -> "stop").
const RULES: readonly [string, string][] = [
  ['s', ''], ['es', ''], ['ed', ''], ['ing', ''], ['er', ''], ['est', ''], ['ies', 'y'], ['ses', 's'], ['xes', 'x'],
  ['zes', 's'], ['ves', 'f'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'],
];

/** Returns the merged word table of `src` (the lexicon entries come from wink's model). */
export function buildTokenTable(src: TableSources): TokenTable {
  const info = new Map<string, TokenInfo>();
  const at = (w: string) => {
    let x = info.get(w);
    if (!x) info.set(w, (x = { lex: 0, flags: 0, word: undefined, phrases: undefined, lemma: -1 }));
    return x;
  };
  for (const [w, v] of winkLexicon()) at(w).lex = v;
  const flag = (set: ReadonlySet<string>, bit: number) => {
    for (const w of set) at(w).flags |= bit;
  };
  flag(src.symptoms, F.symptom);
  flag(src.neutral, F.neutral);
  flag(src.neutralBeforeSymptom, F.neutralBeforeSymptom);
  flag(src.reliefBefore, F.reliefBefore);
  flag(src.reliefAfter, F.reliefAfter);
  flag(src.worseBefore, F.worseBefore);
  flag(src.worseAfter, F.worseAfter);
  for (const [w, v] of src.words) at(w).word = v;
  for (const [w, list] of src.phrasesByFirst) if (w !== 'symptom' && w !== 'any') at(w).phrases = list;
  // Keys whose lemma-side lookup matters (everything but lexicon polarity and neutral-before, read by normal only).
  const keys = new Map<string, number>();
  for (const w of src.phraseWords) keys.set(w, LEMMA_STEP);
  for (const [w, x] of info) if ((x.flags & ~F.neutralBeforeSymptom) !== 0 || x.word || x.phrases) keys.set(w, (keys.get(w) ?? 0) | LEMMA_CORE);
  const irregular = new Map<string, number>(CONTRACTION_PARTS.map((c) => [c, LEMMA_CORE | LEMMA_STEP]));
  for (const table of [adjectiveExceptions, nounExceptions, verbExceptions] as Record<string, string>[]) {
    for (const form in table) {
      const kind = keys.get(table[form]!);
      if (kind) irregular.set(form, (irregular.get(form) ?? 0) | kind);
    }
  }
  return { info, irregular, keys };
}

/**
 * Returns which kinds of key (`LEMMA_CORE`, `LEMMA_STEP` bits, 0 for none) the lemma of a token with this normal
 * could be, other than the normal itself: wink lemmatizes by exception tables or by stripping a suffix.
 */
export function needsLemma(table: TokenTable, normal: string): number {
  const keys = table.keys;
  let need = table.irregular.get(normal) ?? 0;
  for (const [suffix, by] of RULES) {
    if (normal.length <= suffix.length || !normal.endsWith(suffix)) continue;
    const stem = normal.slice(0, normal.length - suffix.length) + by;
    const k = stem.length;
    need |= (keys.get(stem) ?? 0) | (keys.get(stem + 'e') ?? 0) | (k > 2 && stem[k - 1] === stem[k - 2] ? (keys.get(stem.slice(0, -1)) ?? 0) : 0);
  }
  return need;
}

const MEMO_LIMIT = 300_000;

/** Returns the table entry of `normal` with its `lemma` bits filled in; unknown words get an empty entry (memoised). */
export function lookup(table: TokenTable, normal: string): TokenInfo {
  let x = table.info.get(normal);
  if (x === undefined) {
    x = { lex: 0, flags: 0, word: undefined, phrases: undefined, lemma: needsLemma(table, normal) };
    if (table.info.size < MEMO_LIMIT) table.info.set(normal, x);
  } else if (x.lemma === -1) x.lemma = needsLemma(table, normal);
  return x;
}
