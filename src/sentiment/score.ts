import type { Doc, Nlp } from '../nlp/wink.ts';
import { maskForNlp } from '../nlp/prepare.ts';
import type { SentimentLabel } from '../schema/sentiment.ts';
import type { CompiledAdjustments, CompiledPhrase } from './adjustments.ts';
import { readDocTokens, type DocTokens } from './doc-tokens.ts';
import { F, type TokenInfo } from './token-info.ts';

// Phases per comment: wink sentence scores -> per sentence, in one pass over its tokens: limit negation scope,
// score phrases, neutralise symptom words, re-weight recovery/worsening words -> comment score from sentences.

/** Scores with |score| below this are `neutral` (chosen on the labelled threads, see pipeline/eval/sentiment.ts). */
export const NEUTRAL_BAND = 0.15;

/** One sentence's adjusted score, with its text taken from the original (unmasked) comment. */
export type SentenceScore = { sentence_index: number; text: string; sentiment_score: number };

/** The adjusted sentiment of one comment and of each of its sentences. */
export type DocSentiment = { sentiment_score: number; sentiment_label: SentimentLabel; sentences: SentenceScore[] };

/** Returns the label of `score`: `neutral` inside the band |score| < NEUTRAL_BAND, else its sign. */
export function labelFor(score: number): SentimentLabel {
  if (Math.abs(score) < NEUTRAL_BAND) return 'neutral';
  return score > 0 ? 'positive' : 'negative';
}

/**
 * Returns the health-aware sentiment of `doc`, which was read from `maskForNlp(original)` (same offsets), so each
 * sentence's text is cut from `original`.
 */
export function scoreDoc(doc: Doc, nlp: Nlp, original: string, adj: CompiledAdjustments): DocSentiment {
  const its = nlp.its;
  const t = readDocTokens(doc, nlp, adj.table);
  const sentencesOf = doc.sentences();
  const spans = sentencesOf.out(its.span) as unknown as [number, number][];
  const winkScores = sentencesOf.out(its.sentiment) as unknown as number[];
  const negStart = t.negated ? negationRuns(t.negated, spans) : undefined;
  const fast = t.starts;
  const rebuilt = fast !== undefined && spans.every(([a, b]) => original.startsWith(t.value[a]!, fast[a]!) && original.startsWith(t.value[b]!, fast[b]!));
  // Rare: wink's spacing does not rebuild the text, or a long masked stretch; locate the tokens as before.
  const starts: ArrayLike<number> = rebuilt ? fast : locateTokens(maskForNlp(original), t.value);
  const sentences: SentenceScore[] = [];
  let total = 0;
  for (let k = 0; k < spans.length; k++) {
    const [a, b] = spans[k]!;
    const score = round(scoreSentence(t, negStart, a, b, winkScores[k] ?? 0, adj));
    total += score;
    sentences.push({ sentence_index: k, text: sliceSentence(original, t.value, starts, a, b), sentiment_score: score });
  }
  // Sum with diminishing returns: n^p between the sum (p = 0) and the mean (p = 1), so that several sentences saying
  // the same thing count for more than one; clamped to [-1, 1].
  const m = sentences.length;
  const sentiment_score = round(m > 0 ? Math.max(-1, Math.min(1, total / (m === 1 ? 1 : Math.pow(m, adj.lengthExponent)))) : 0);
  return { sentiment_score, sentiment_label: labelFor(sentiment_score), sentences };
}

/** Returns the sentiment of `text`, reading it with `nlp` (for the `score` command and the evals). */
export function scoreText(nlp: Nlp, text: string, adj: CompiledAdjustments): DocSentiment {
  return scoreDoc(nlp.readDoc(maskForNlp(text)), nlp, text, adj);
}

// negStart[i]: first token of the negated run holding token i (runs restart at each sentence), -1 when not negated.
function negationRuns(negated: Uint8Array, spans: readonly [number, number][]): Int32Array {
  const negStart = new Int32Array(negated.length).fill(-1);
  for (const [a, b] of spans) for (let i = a; i <= b; i++) if (negated[i]) negStart[i] = i > a && negated[i - 1] ? negStart[i - 1]! : i;
  return negStart;
}

function scoreSentence(t: DocTokens, negStart: Int32Array | undefined, a: number, b: number, winkScore: number, adj: CompiledAdjustments): number {
  const { infoN, flags } = t;
  const negated = t.negated;
  const scope = adj.negationScope;
  const symptomPhrases = adj.phrasesByFirst.get('symptom');
  // wink's sentence score is the mean over its matched items; rebuild the sum from the single-word entries.
  let n = 0;
  let hasSymptom = false;
  for (let i = a; i <= b; i++) {
    if (infoN[i]!.lex) n++;
    if (flags[i]! & F.symptom) hasSymptom = true;
  }
  if (n === 0 && winkScore !== 0) n = 1;
  let sum = winkScore * n;
  // A phrase that holds a noun's negation ("no side effects", "no more pain") has used it up: "no" scopes over its
  // noun phrase, so the run it starts no longer flips what follows ("no side effects changed my life"). A verb's
  // negation ("did not help improve my memory") keeps running.
  let spentRun = -1;
  let spentEnd = -1;
  const negatedAt = (i: number) => negated !== undefined && negated[i] === 1 && i - negStart![i]! < scope && (i <= spentEnd || negStart![i] !== spentRun);
  const lex = (i: number) => infoN[i]!.lex;
  const drop = (i: number) => {
    const v = lex(i);
    if (v !== 0) {
      sum -= negatedAt(i) ? -v : v;
      n--;
    }
  };
  // Tokens after `end` in the run starting at `run` count with their own sign again (wink flipped them).
  const spendRun = (run: number, end: number) => {
    for (let j = end + 1; j <= b && negStart![j] === run; j++) if (negatedAt(j)) sum += 2 * lex(j);
    spentRun = run;
    spentEnd = end;
  };
  // Past the scope, wink's flip is undone: the word counts with its own sign.
  if (negated) for (let i = a; i <= b; i++) if (negated[i] && !negatedAt(i)) sum += 2 * lex(i);

  for (let i = a; i <= b; i++) {
    const f = flags[i]!;
    const x = infoN[i]!;
    const y = t.infoL[i];
    if (f === 0 && x.word === undefined && x.phrases === undefined && y === undefined) continue;
    const phrase = longestPhrase(t, i, b, x, y, symptomPhrases);
    if (phrase) {
      const end = i + phrase.steps.length - 1;
      for (let j = i; j <= end; j++) drop(j);
      sum += negatedAt(i) ? -phrase.weight : phrase.weight;
      n++;
      if (negated?.[end] && negStart![end]! > i && negatedAt(end) && NOUN_NEGATORS.has(t.normal[negStart![end]! - 1]!)) spendRun(negStart![end]!, end);
      i = end;
      continue;
    }
    if (f & F.symptom) {
      drop(i);
      const w = symptomWeight(t, i, a, b, adj, negatedAt);
      if (w !== 0) {
        sum += w;
        n++;
      }
      continue;
    }
    if (f & F.neutral || (f & F.neutralBeforeSymptom && symptomAhead(t, i, b, adj.symptomWindow))) {
      drop(i);
      continue;
    }
    const word = x.word ?? y?.word;
    if (word && (!word.needsSymptom || hasSymptom)) {
      drop(i);
      sum += negatedAt(i) ? -word.weight : word.weight;
      n++;
    }
  }
  const score = n > 0 ? Math.max(-1, Math.min(1, sum / n)) : 0;
  // A question asks rather than reports: "Has anyone had benefits of collagen?"
  return t.value[b] === '?' ? score * adj.questionFactor : score;
}

function symptomAhead(t: DocTokens, i: number, b: number, window: number): boolean {
  for (let j = i + 1; j <= Math.min(b, i + window); j++) if (t.flags[j]! & F.symptom) return true;
  return false;
}

// A symptom's own weight: relief or worsening cue nearby (relief first, "no more anxiety"), else the bare weight.
// A negated relief cue ("didn't help my anxiety") reports the symptom going on, so it counts as worsening.
// Negators that determine a noun ("no pain", "without side effects"), as opposed to a verb's "not" / "never".
const NOUN_NEGATORS: ReadonlySet<string> = new Set(['no', 'without']);

const CLAUSE_BREAK: ReadonlySet<string> = new Set([',', ';', ':', '(', ')', '-', '--', '/']);

function symptomWeight(t: DocTokens, i: number, a: number, b: number, adj: CompiledAdjustments, negatedAt: (i: number) => boolean): number {
  const c = adj.context;
  // Cues are looked for outward from the symptom and not across a clause break ("less libido, tired always").
  const before = (bit: number) => {
    for (let j = i - 1; j >= Math.max(a, i - c.window); j--) {
      if (t.flags[j]! & bit) return j;
      if (CLAUSE_BREAK.has(t.value[j]!)) break;
    }
    return -1;
  };
  const after = (bit: number) => {
    for (let j = i + 1; j <= Math.min(b, i + c.window); j++) {
      if (t.flags[j]! & bit) return j;
      if (CLAUSE_BREAK.has(t.value[j]!)) break;
    }
    return -1;
  };
  const relief = Math.max(before(F.reliefBefore), after(F.reliefAfter));
  if (relief !== -1) return negatedAt(relief) ? c.worseWeight : c.reliefWeight;
  if (before(F.worseBefore) !== -1 || after(F.worseAfter) !== -1) return c.worseWeight;
  return c.bareWeight;
}

function longestPhrase(t: DocTokens, i: number, b: number, x: TokenInfo, y: TokenInfo | undefined, symptomList: readonly CompiledPhrase[] | undefined): CompiledPhrase | undefined {
  let best: CompiledPhrase | undefined;
  const consider = (list: readonly CompiledPhrase[] | undefined) => {
    if (list) for (const p of list) if ((!best || p.steps.length > best.steps.length) && matchesAt(t, i, b, p)) best = p;
  };
  consider(x.phrases);
  consider(y?.phrases);
  if (t.flags[i]! & F.symptom) consider(symptomList);
  return best;
}

function matchesAt(t: DocTokens, i: number, b: number, p: CompiledPhrase): boolean {
  const steps = p.steps;
  if (i + steps.length - 1 > b) return false;
  for (let k = 0; k < steps.length; k++) {
    const step = steps[k]!;
    const j = i + k;
    if (step === 'any') continue;
    if (step === 'symptom') {
      if (!(t.flags[j]! & F.symptom)) return false;
    } else if (!step.has(t.normal[j]!)) {
      const l = t.stepLemma(j);
      if (l === undefined || !step.has(l)) return false;
    }
  }
  return true;
}

// Token values are substrings of the read text in order; find each one's start, -1 when wink rewrote it.
function locateTokens(text: string, values: readonly string[]): number[] {
  const starts: number[] = [];
  let cursor = 0;
  for (const v of values) {
    const at = text.indexOf(v, cursor);
    if (at === -1 || at - cursor > 200) starts.push(-1);
    else {
      starts.push(at);
      cursor = at + v.length;
    }
  }
  return starts;
}

function sliceSentence(original: string, values: readonly string[], starts: ArrayLike<number>, a: number, b: number): string {
  let from = -1;
  for (let i = a; i <= b && from === -1; i++) from = starts[i]!;
  let to = -1;
  for (let i = b; i >= a && to === -1; i--) if (starts[i]! !== -1) to = starts[i]! + values[i]!.length;
  if (from === -1 || to === -1) return values.slice(a, b + 1).join(' ');
  return original.slice(from, to).trim();
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
