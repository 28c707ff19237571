import type { CandidateSighting } from '../schema/mention.ts';
import { GENERIC_TAILS, GENERIC_WORDS, HEALTH_WORDS, REMEDY_HEADS } from './cues.ts';
import { BODY_PARTS, FITNESS_WORDS, TRIAL_WORDS } from './context-words.ts';
import type { RemedyMatcher } from './matcher.ts';

/** What discovery reads of one wink-nlp document (token arrays computed once by `extractRemedies`). */
export type DocView = {
  values: readonly string[];
  normals: readonly string[];
  pos: readonly string[];
  stop: readonly boolean[];
  negation: readonly boolean[];
  sentenceOf: (t: number) => number;
  sentenceStart: (s: number) => number;
  sentenceText: (s: number) => string;
  /** Whether a normal form is a word of the model's English vocabulary (`isModelWord`). */
  isModelWord: (normal: string) => boolean;
};

/** A custom-entity span of the matcher (`r:<id>`, `x`, `c:<i>`, `d`), in token indexes. */
export type Span = { type: string; start: number; end: number };

const NOUN = new Set(['NOUN', 'PROPN']);
const SKIP = new Set(['DET', 'PRON', 'NUM']);
const QUANTITY = new Set(['some', 'more', 'less', 'extra', 'daily', 'regular']);

/**
 * Returns the terms the lexicon lacks that stand in a remedy-like context: the noun phrase after a lead
 * (`tried X`, `taking X`, `started doing X`, `recommend X`) or before an effect verb (`X helped`, `X worked for me`).
 * A term must look like a remedy, not ordinary English: a name written with a capital inside the sentence
 * (`Feldenkrais`, `Sleep Dust`), a phrase headed by a remedy word (`potato diet`, `ginger tea`), or, after a lead, a
 * word said to have had an effect in the same sentence (`I tried ashwagandha and it worked`); generic nouns never.
 * Unless it is headed by a remedy word, it must also stand in health talk (see `inHealthTalk`): a product, a person
 * or an app tried for something else (`WP Engine`, `Duolingo`) is not a remedy. A single word of everyday English
 * (`impact`, `bonus`, `pressure`) is not a new remedy's name unless it is written as one: capitalised inside a
 * sentence (`the Founder pose`) or as an acronym (`CST`, `LED`); the names discovery is for are unknown words (herbs,
 * brands, methods) or compounds.
 */
export function discoverCandidates(
  view: DocView,
  spans: readonly Span[],
  matcher: RemedyMatcher,
  ctx: { post_id: string; comment_id: string; author: string },
): CandidateSighting[] {
  const { values, normals, pos, stop, negation, sentenceOf } = view;
  const taken = new Set<number>();
  for (const s of spans) if (s.type.startsWith('r:') || s.type === 'x') for (let t = s.start; t <= s.end; t++) taken.add(t);
  const effect = new Set<number>(); // sentences with a helped / no-effect / worse cue
  for (const s of spans) {
    const cue = s.type.startsWith('c:') ? matcher.cues[Number(s.type.slice(2))] : undefined;
    if (cue !== undefined && cue.outcome !== 'considering') effect.add(sentenceOf(s.start));
  }
  // Health talk near a term: a health word or a reported effect in its sentence or the next one to it, or a known
  // remedy in its own sentence. `Have you ever tried WP Engine?` has none; `I tried Feldenkrais. It helped.` has.
  const healthy = new Set<number>(effect);
  normals.forEach((n, t) => {
    if ((HEALTH_WORDS.has(n) && !TRIAL_WORDS.has(n)) || FITNESS_WORDS.has(n) || BODY_PARTS.has(n)) healthy.add(sentenceOf(t));
  });
  const remedySentences = new Set<number>();
  for (const s of spans) if (s.type.startsWith('r:')) remedySentences.add(sentenceOf(s.start));
  const inHealthTalk = (sentence: number) =>
    remedySentences.has(sentence) || healthy.has(sentence) || healthy.has(sentence - 1) || healthy.has(sentence + 1);
  const word = (t: number) => !stop[t] && /^[a-z][a-z0-9-]*[a-z0-9]$/.test(normals[t] ?? '');
  const head = (t: number) => REMEDY_HEADS.has(normals[t] ?? '');
  // A remedy word the lexicon knows (`diet`, `tea`) may end a new compound (`potato diet`) but not start one.
  const part = (t: number) => word(t) && (!taken.has(t) || head(t)) && (NOUN.has(pos[t] ?? '') || pos[t] === 'ADJ');
  // The first word of its sentence: only spaces and punctuation (a paragraph break, a quote mark, a bullet) before it.
  const initial = (t: number) => {
    for (let u = view.sentenceStart(sentenceOf(t)); u < t; u++) if (pos[u] !== 'SPACE' && pos[u] !== 'PUNCT') return false;
    return true;
  };
  // A capital counts inside a sentence, or at its start on a word wink-nlp tags as a proper noun.
  const capital = (t: number) => /^[A-Z]/.test(values[t] ?? '') && (!initial(t) || pos[t] === 'PROPN');

  // Written as a name: capitalised inside its sentence, or in capitals (an acronym).
  const writtenAsName = (t: number) =>
    /^[A-Z0-9]{2,}$/.test(values[t] ?? '') || (/^[A-Z]/.test(values[t] ?? '') && !initial(t));

  const out: CandidateSighting[] = [];
  const found = new Set<string>(); // one sighting per span, though a lead and an effect verb may both point at it
  const add = (from: number, to: number, lead: boolean) => {
    let last = to;
    while (last > from && GENERIC_TAILS.has(normals[last] ?? '')) last--;
    while (last >= from && !NOUN.has(pos[last] ?? '')) last--;
    let first = from;
    while (first <= last && pos[first] === 'ADJ' && !capital(first)) first++;
    if (normals[last + 1] === "'s") return; // a person's name (`Brad's book`)
    if (first > last || [...range(first, last)].some((t) => taken.has(t) && !head(t))) return;
    const parts = normals.slice(first, last + 1);
    if (parts.every((p) => GENERIC_WORDS.has(p)) || (parts.length === 1 && head(first))) return;
    const term = parts.join(' ');
    if (term.length < 3 || matcher.owners.has(term)) return;
    const named = [...range(first, last)].some(capital);
    if (first === last && view.isModelWord(term) && !writtenAsName(first)) return;
    if (!named && !head(last) && !(lead && effect.has(sentenceOf(first)))) return;
    if (!named && !head(last) && parts.some((p) => GENERIC_WORDS.has(p))) return;
    if (!head(last) && !inHealthTalk(sentenceOf(first))) return;
    if (found.has(`${first}:${last}`)) return;
    found.add(`${first}:${last}`);
    out.push({ term, post_id: ctx.post_id, comment_id: ctx.comment_id, author: ctx.author, sentence: view.sentenceText(sentenceOf(first)) });
  };
  for (const s of spans) {
    if (s.type === 'd') {
      let t = s.end + 1;
      while (t <= s.end + 3 && (SKIP.has(pos[t] ?? '') || QUANTITY.has(normals[t] ?? ''))) t++;
      let end = t - 1;
      while (end + 1 - t < 3 && part(end + 1) && sentenceOf(end + 1) === sentenceOf(s.end)) end++;
      if (end >= t) add(t, end, true);
    } else if (s.type.startsWith('c:') && matcher.cues[Number(s.type.slice(2))]?.after && !NOUN.has(pos[s.start] ?? '') && pos[s.start] !== 'ADJ') {
      let from = s.start;
      while (from - 1 >= 0 && s.start - from < 3 && part(from - 1)) from--;
      if (from < s.start && !negation[s.start]) add(from, s.start - 1, false);
    }
  }
  return out;
}

function* range(from: number, to: number): Generator<number> {
  for (let t = from; t <= to; t++) yield t;
}
