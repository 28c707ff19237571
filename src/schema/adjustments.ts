/**
 * The sentiment adjustments file's schema (`adjustments.yaml`): the source of its types. Compiled for the scorer by
 * `sentiment/adjustments.ts`, which imports only these types, so the NLP worker starts without loading zod.
 */
import { z } from 'zod';

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
