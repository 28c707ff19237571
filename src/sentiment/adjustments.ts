import type { Diagnostics } from '../diagnostics.ts';
import { sentimentPatternEmpty } from '../messages/sentiment.ts';
import type { Adjustments } from '../schema/adjustments.ts';
import { buildTokenTable, type TokenTable } from './token-info.ts';

// Phases: YAML text -> parse (positioned diagnostics; `adjustments-file.ts`) -> zod validate (`schema/adjustments.ts`) ->
// compile into lookup sets for the scorer (here).

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
