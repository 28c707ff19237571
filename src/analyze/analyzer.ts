import { maskForNlp } from '../nlp/prepare.ts';
import { ANALYSIS_PIPE, createNlp, type Nlp } from '../nlp/wink.ts';
import { extractRemedies, threadTopics } from '../remedies/extract.ts';
import type { Scope } from '../remedies/learn-scope.ts';
import type { LexiconEntry } from '../remedies/lexicon.ts';
import { compileLexicon, createRemedyMatcher, type CompiledLexicon, type RemedyMatcher } from '../remedies/matcher.ts';
import type { Mention } from '../schema/mention.ts';
import type { TextSentiment } from '../schema/sentiment.ts';
import type { Adjustments } from '../schema/adjustments.ts';
import { compileAdjustments, type CompiledAdjustments } from '../sentiment/adjustments.ts';
import { scoreDoc } from '../sentiment/score.ts';

/** What an analyzer is built from: plain data, so it crosses into worker threads and sits in the configuration cache. */
export interface AnalyzerConfig {
  lexicon: LexiconEntry[];
  adjustments: Adjustments;
  /** `compileLexicon(lexicon)`: compiled once per configuration, not in every worker (see `analyzerConfig`). */
  compiled: CompiledLexicon;
}

/** Returns the analyzer configuration for a lexicon and sentiment adjustments, the lexicon compiled. */
export function analyzerConfig(lexicon: LexiconEntry[], adjustments: Adjustments): AnalyzerConfig {
  return { lexicon, adjustments, compiled: compileLexicon(lexicon) };
}

/** A wink-nlp instance with the remedy entities learned, plus the compiled sentiment adjustments. */
export interface Analyzer {
  nlp: Nlp;
  matcher: RemedyMatcher;
  adjustments: CompiledAdjustments;
}

/**
 * Returns a ready analyzer: loads the model (unless a fresh `nlp` from `createNlp(ANALYSIS_PIPE)` is given) and learns
 * the lexicon's entities, or with `scope` only those that could occur in the texts the scope's words come from (see
 * `postScope`): such an analyzer must read no other text. Do it once per thread.
 */
export function createAnalyzer(config: AnalyzerConfig, nlp: Nlp = createNlp(ANALYSIS_PIPE), scope?: Scope): Analyzer {
  return { nlp, matcher: createRemedyMatcher(config.lexicon, nlp, scope, config.compiled), adjustments: compileAdjustments(config.adjustments) };
}

/**
 * Returns the remedy mentions and sentiment of a free text (one wink-nlp read), for `threadlens score`; with the
 * `title` of its thread, the thread's topic words count (`threadTopics`).
 */
export function analyzeText(text: string, analyzer: Analyzer, title?: string): { mentions: Mention[]; sentiment: TextSentiment } {
  const doc = analyzer.nlp.readDoc(maskForNlp(text));
  const topics = title === undefined ? [] : threadTopics(title, analyzer.matcher);
  const { mentions } = extractRemedies(doc, analyzer.matcher, { post_id: '', comment_id: '', author: '', text, body_line: 1, topics });
  const s = scoreDoc(doc, analyzer.nlp, text, analyzer.adjustments);
  return { mentions, sentiment: { sentiment_score: s.sentiment_score, sentiment_label: s.sentiment_label } };
}
