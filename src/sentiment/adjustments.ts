import { z } from 'zod';
import type { Diagnostics } from '../diagnostics.ts';
import { sentimentPatternEmpty } from '../messages/sentiment.ts';
import { buildTokenTable, type TokenTable } from './token-info.ts';

// Phases: YAML text -> parse (positioned diagnostics; `adjustments-file.ts`) -> zod validate -> compile into lookup
// sets for the scorer.

const Rationale = z.string().min(1);
const Terms = z.array(z.string().min(1)).min(1);

/** Words whose lexicon polarity is removed: they name a condition, not the writer's attitude to it. */
export const NeutralEntry = z.strictObject({
  terms: Terms,
  /** Only neutral when a symptom word follows within `window` tokens ("severe pain", not "severe side effects"). */
  before_symptom: z.boolean().default(false),
  symptom: z.boolean().default(true),
  rationale: Rationale,
});
export type NeutralEntry = z.infer<typeof NeutralEntry>;

/** Words given a polarity of their own (replacing wink's), optionally only where a symptom is in the sentence. */
export const WordEntry = z.strictObject({
  terms: Terms,
  weight: z.number().min(-1).max(1),
  needs_symptom: z.boolean().default(false),
  rationale: Rationale,
});
export type WordEntry = z.infer<typeof WordEntry>;

/** Token sequences scored as one unit; `{symptom}` matches any symptom word, `{any}` any one token. */
export const PhraseEntry = z.strictObject({
  patterns: Terms,
  weight: z.number().min(-1).max(1),
  rationale: Rationale,
});
export type PhraseEntry = z.infer<typeof PhraseEntry>;

/** Markers before or after a symptom (within the window) that say how it is going. */
export const SymptomCue = z.strictObject({
  before: z.array(z.string().min(1)),
  after: z.array(z.string().min(1)),
  weight: z.number().min(-1).max(1),
  rationale: Rationale,
});
export type SymptomCue = z.infer<typeof SymptomCue>;

/** How a neutralised symptom is scored from its context: relief ("no pain"), worsening ("more anxiety"), or bare. */
export const SymptomContext = z.strictObject({
  window: z.number().int().min(1).max(6),
  relief: SymptomCue,
  worsening: SymptomCue,
  bare_weight: z.number().min(-1).max(0),
  rationale: Rationale,
});
export type SymptomContext = z.infer<typeof SymptomContext>;

/** wink's negation runs to the end of the sentence; the scorer stops it after `scope` tokens. */
export const NegationRule = z.strictObject({
  scope: z.number().int().min(1).max(50),
  rationale: Rationale,
});
export type NegationRule = z.infer<typeof NegationRule>;

/** How sentence scores add up to a comment score: their sum divided by (number of sentences)^length_exponent. */
export const Aggregation = z.strictObject({
  length_exponent: z.number().min(0).max(1),
  rationale: Rationale,
});
export type Aggregation = z.infer<typeof Aggregation>;

/** The health-aware adjustment data (src/sentiment/adjustments.yaml). */
export const Adjustments = z.strictObject({
  neutral: z.array(NeutralEntry),
  words: z.array(WordEntry),
  phrases: z.array(PhraseEntry),
  symptom_context: SymptomContext,
  question_factor: z.number().min(0).max(1),
  negation: NegationRule,
  symptom_window: z.number().int().min(1).max(6).default(3),
  aggregation: Aggregation.default({ length_exponent: 1, rationale: 'the mean of the sentence scores' }),
});
export type Adjustments = z.infer<typeof Adjustments>;

/** One compiled phrase: per position a set of accepted words, or `symptom` / `any` slots. */
export type CompiledPhrase = { readonly steps: readonly (ReadonlySet<string> | 'symptom' | 'any')[]; readonly weight: number };

/** Adjustments compiled into lookup structures; build once with `compileAdjustments`, share across comments. */
export type CompiledAdjustments = {
  readonly symptoms: ReadonlySet<string>;
  readonly neutral: ReadonlySet<string>;
  readonly neutralBeforeSymptom: ReadonlySet<string>;
  readonly words: ReadonlyMap<string, { weight: number; needsSymptom: boolean }>;
  /** Phrases indexed by the words their first step accepts ('symptom' and 'any' keys for slot starts). */
  readonly phrasesByFirst: ReadonlyMap<string, readonly CompiledPhrase[]>;
  readonly context: {
    readonly window: number;
    readonly reliefBefore: ReadonlySet<string>;
    readonly reliefAfter: ReadonlySet<string>;
    readonly reliefWeight: number;
    readonly worseBefore: ReadonlySet<string>;
    readonly worseAfter: ReadonlySet<string>;
    readonly worseWeight: number;
    readonly bareWeight: number;
  };
  readonly questionFactor: number;
  readonly negationScope: number;
  readonly symptomWindow: number;
  readonly lengthExponent: number;
  /** All of the above merged into one word table for the scorer's single lookup per token. */
  readonly table: TokenTable;
};

/** Returns an empty adjustment set: the scorer then reproduces plain wink-nlp (with its negation scope limit off). */
export const NO_ADJUSTMENTS: Adjustments = {
  neutral: [],
  words: [],
  phrases: [],
  symptom_context: {
    window: 1,
    relief: { before: [], after: [], weight: 0, rationale: 'none' },
    worsening: { before: [], after: [], weight: 0, rationale: 'none' },
    bare_weight: 0,
    rationale: 'none',
  },
  question_factor: 1,
  negation: { scope: 50, rationale: 'none' },
  symptom_window: 3,
  aggregation: { length_exponent: 1, rationale: 'none' },
};

/** Returns the adjustments compiled into lookup sets; reports and skips phrase patterns with no words. */
export function compileAdjustments(adj: Adjustments, file = 'adjustments.yaml', diag?: Diagnostics): CompiledAdjustments {
  const norm = (t: string) => t.toLowerCase().trim();
  const symptoms = new Set<string>();
  const neutral = new Set<string>();
  const neutralBeforeSymptom = new Set<string>();
  for (const entry of adj.neutral) {
    for (const t of entry.terms.map(norm)) {
      (entry.before_symptom ? neutralBeforeSymptom : neutral).add(t);
      if (entry.symptom && !entry.before_symptom) symptoms.add(t);
    }
  }
  const words = new Map<string, { weight: number; needsSymptom: boolean }>();
  for (const entry of adj.words) for (const t of entry.terms.map(norm)) words.set(t, { weight: entry.weight, needsSymptom: entry.needs_symptom });
  const phrasesByFirst = new Map<string, CompiledPhrase[]>();
  for (const entry of adj.phrases) {
    for (const pattern of entry.patterns) {
      const parts = norm(pattern).split(/\s+/).filter((p) => p.length > 0);
      if (parts.length === 0) {
        diag?.report(file, 0, 0, sentimentPatternEmpty(pattern));
        continue;
      }
      const steps = parts.map((p) => (p === '{symptom}' ? 'symptom' : p === '{any}' ? 'any' : new Set(p.split('|'))));
      const phrase: CompiledPhrase = { steps, weight: entry.weight };
      const first = steps[0]!;
      for (const key of typeof first === 'string' ? [first] : first) {
        const list = phrasesByFirst.get(key) ?? [];
        list.push(phrase);
        phrasesByFirst.set(key, list);
      }
    }
  }
  const context = {
    window: adj.symptom_context.window,
    reliefBefore: new Set(adj.symptom_context.relief.before.map(norm)),
    reliefAfter: new Set(adj.symptom_context.relief.after.map(norm)),
    reliefWeight: adj.symptom_context.relief.weight,
    worseBefore: new Set(adj.symptom_context.worsening.before.map(norm)),
    worseAfter: new Set(adj.symptom_context.worsening.after.map(norm)),
    worseWeight: adj.symptom_context.worsening.weight,
    bareWeight: adj.symptom_context.bare_weight,
  };
  const phraseWords = new Set<string>();
  for (const list of phrasesByFirst.values()) for (const p of list) for (const s of p.steps) if (typeof s !== 'string') for (const w of s) phraseWords.add(w);
  const table = buildTokenTable({ symptoms, neutral, neutralBeforeSymptom, words, phrasesByFirst, phraseWords, ...context });
  return {
    symptoms,
    neutral,
    neutralBeforeSymptom,
    words,
    phrasesByFirst,
    context,
    questionFactor: adj.question_factor,
    negationScope: adj.negation.scope,
    symptomWindow: adj.symptom_window,
    lengthExponent: adj.aggregation.length_exponent,
    table,
  };
}
