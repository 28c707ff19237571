/**
 * The table groups, and the sentiment tables' entry point (the corpus stage calls the participation builders itself).
 * Phases: input rows -> arquero base tables (./base.ts) -> one module per table (group, join, derive, round to 4
 * decimals) -> each table ends with `orderby` + `select` so CSV output is byte-stable.
 */
import type { ColumnTable } from 'arquero';
import type { TablesInput } from './inputs.ts';
import { buildSentimentByMonth, buildSentimentByPost, buildSentimentByRemedy } from './sentiment.ts';

/** The participation tables, by CSV name (without `.csv`). */
export type ParticipationTables = {
  authors: ColumnTable;
  post_activity: ColumnTable;
  response_times: ColumnTable;
  activity_by_month: ColumnTable;
  activity_by_hour: ColumnTable;
};

/** The sentiment tables, by CSV name (without `.csv`). */
export type SentimentTables = {
  sentiment_by_remedy: ColumnTable;
  sentiment_by_post: ColumnTable;
  sentiment_by_month: ColumnTable;
};

/**
 * Returns sentiment_by_remedy, sentiment_by_post and sentiment_by_month, all computed with arquero; `mentionScores`
 * (each mention's sentence score, `mentionSentenceScores`) when the caller has them already.
 */
export function buildSentimentTables(
  input: Pick<TablesInput, 'posts' | 'comments' | 'mentions'> & Partial<Pick<TablesInput, 'sentences'>>,
  mentionScores?: readonly (number | null)[],
): SentimentTables {
  return {
    sentiment_by_remedy: buildSentimentByRemedy(input, mentionScores),
    sentiment_by_post: buildSentimentByPost(input),
    sentiment_by_month: buildSentimentByMonth(input),
  };
}
