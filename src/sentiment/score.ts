import type { Doc, Nlp } from '../nlp/wink.ts';
import { maskForNlp } from '../nlp/prepare.ts';
import type { SentimentLabel } from '../schema/sentiment.ts';
import type { CompiledAdjustments, CompiledPhrase } from './adjustments.ts';
import { winkLexicon } from './wink-lexicon.ts';

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
  const tokens = doc.tokens();
  const t: Tokens = {
    normal: tokens.out(its.normal) as string[],
    // wink's typings give lemma and negationFlag the raw-document signature; tokens.out accepts both at run time.
    lemma: tokens.out(its.lemma as unknown as typeof its.normal) as string[],
    negated: tokens.out(its.negationFlag as unknown as typeof its.normal) as unknown as boolean[],
    value: tokens.out() as string[],
    lex: [],
    symptom: [],
  };
  const lexicon = winkLexicon();
  for (let i = 0; i < t.normal.length; i++) {
    t.lex.push(lexicon.get(t.normal[i]!) ?? 0);
    t.symptom.push(adj.symptoms.has(t.normal[i]!) || adj.symptoms.has(t.lemma[i]!));
  }
  const starts = locateTokens(maskForNlp(original), t.value);
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const winkScores = doc.sentences().out(its.sentiment) as unknown as number[];
  const sentences: SentenceScore[] = [];
  let total = 0;
  spans.forEach(([a, b], k) => {
    const score = round(scoreSentence(t, a, b, winkScores[k] ?? 0, adj));
    total += score;
    sentences.push({ sentence_index: k, text: sliceSentence(original, t.value, starts, a, b), sentiment_score: score });
  });
  const sentiment_score = round(sentences.length > 0 ? total / sentences.length : 0);
  return { sentiment_score, sentiment_label: labelFor(sentiment_score), sentences };
}

/** Returns the sentiment of `text`, reading it with `nlp` (for the `score` command and the evals). */
export function scoreText(nlp: Nlp, text: string, adj: CompiledAdjustments): DocSentiment {
  return scoreDoc(nlp.readDoc(maskForNlp(text)), nlp, text, adj);
}

type Tokens = { normal: string[]; lemma: string[]; negated: boolean[]; value: string[]; lex: number[]; symptom: boolean[] };

function scoreSentence(t: Tokens, a: number, b: number, winkScore: number, adj: CompiledAdjustments): number {
  // wink's sentence score is the mean over its matched items; rebuild the sum from the single-word entries.
  let n = 0;
  for (let i = a; i <= b; i++) if (t.lex[i]) n++;
  if (n === 0 && winkScore !== 0) n = 1;
  let sum = winkScore * n;

  const negStart = new Int32Array(b - a + 1).fill(-1);
  let hasSymptom = false;
  for (let i = a; i <= b; i++) {
    if (t.negated[i]) negStart[i - a] = i > a && t.negated[i - 1] ? negStart[i - 1 - a]! : i;
    if (t.symptom[i]) hasSymptom = true;
  }
  const negatedAt = (i: number) => t.negated[i] === true && i - negStart[i - a]! < adj.negationScope;
  const drop = (i: number) => {
    const v = t.lex[i]!;
    if (v !== 0) {
      sum -= t.negated[i] ? -v : v;
      n--;
    }
  };

  for (let i = a; i <= b; i++) {
    // Past the scope, wink's flip is undone: the word counts with its own sign.
    if (t.negated[i] && !negatedAt(i)) sum += 2 * t.lex[i]!;
  }

  for (let i = a; i <= b; i++) {
    const phrase = longestPhrase(t, i, b, adj);
    if (phrase) {
      for (let j = i; j < i + phrase.length; j++) drop(j);
      sum += negatedAt(i) ? -phrase.weight : phrase.weight;
      n++;
      i += phrase.length - 1;
      continue;
    }
    if (isSymptom(t, i, adj) || isNeutral(t, i, b, adj)) {
      drop(i);
      if (isSymptom(t, i, adj)) {
        const w = symptomWeight(t, i, a, b, adj, negatedAt);
        if (w !== 0) {
          sum += w;
          n++;
        }
      }
      continue;
    }
    const word = adj.words.get(t.normal[i]!) ?? adj.words.get(t.lemma[i]!);
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

function isSymptom(t: Tokens, i: number, _adj: CompiledAdjustments): boolean {
  return t.symptom[i] === true;
}

function isNeutral(t: Tokens, i: number, b: number, adj: CompiledAdjustments): boolean {
  if (adj.neutral.has(t.normal[i]!) || adj.neutral.has(t.lemma[i]!)) return true;
  if (!adj.neutralBeforeSymptom.has(t.normal[i]!)) return false;
  for (let j = i + 1; j <= Math.min(b, i + adj.symptomWindow); j++) if (isSymptom(t, j, adj)) return true;
  return false;
}

// A symptom's own weight: relief or worsening cue nearby (relief first, "no more anxiety"), else the bare weight.
// A negated relief cue ("didn't help my anxiety") reports the symptom going on, so it counts as worsening.
function symptomWeight(t: Tokens, i: number, a: number, b: number, adj: CompiledAdjustments, negatedAt: (i: number) => boolean): number {
  const c = adj.context;
  const find = (set: ReadonlySet<string>, from: number, to: number) => {
    for (let j = Math.max(a, from); j <= Math.min(b, to); j++) if (set.has(t.normal[j]!) || set.has(t.lemma[j]!)) return j;
    return -1;
  };
  const relief = Math.max(find(c.reliefBefore, i - c.window, i - 1), find(c.reliefAfter, i + 1, i + c.window));
  if (relief !== -1) return negatedAt(relief) ? c.worseWeight : c.reliefWeight;
  if (find(c.worseBefore, i - c.window, i - 1) !== -1 || find(c.worseAfter, i + 1, i + c.window) !== -1) return c.worseWeight;
  return c.bareWeight;
}

function longestPhrase(t: Tokens, i: number, b: number, adj: CompiledAdjustments): { length: number; weight: number } | undefined {
  let best: CompiledPhrase | undefined;
  const consider = (list: readonly CompiledPhrase[] | undefined) => {
    if (list) for (const p of list) if ((!best || p.steps.length > best.steps.length) && matchesAt(t, i, b, p, adj)) best = p;
  };
  consider(adj.phrasesByFirst.get(t.normal[i]!));
  if (t.lemma[i] !== t.normal[i]) consider(adj.phrasesByFirst.get(t.lemma[i]!));
  if (t.symptom[i]) consider(adj.phrasesByFirst.get('symptom'));
  return best && { length: best.steps.length, weight: best.weight };
}

function matchesAt(t: Tokens, i: number, b: number, p: CompiledPhrase, adj: CompiledAdjustments): boolean {
  if (i + p.steps.length - 1 > b) return false;
  return p.steps.every((step, k) => {
    const j = i + k;
    if (step === 'any') return true;
    if (step === 'symptom') return isSymptom(t, j, adj);
    return step.has(t.normal[j]!) || step.has(t.lemma[j]!);
  });
}

// Token values are substrings of the read text in order; find each one's start, -1 when wink rewrote it.
function locateTokens(text: string, values: string[]): number[] {
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

function sliceSentence(original: string, values: string[], starts: number[], a: number, b: number): string {
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
