import { desc, op } from 'arquero';
import type { ColumnTable } from 'arquero';
import { commentTable, postTable } from './base.ts';
import { round4, tableOf, timedComments, zeroIfMissing } from './frame.ts';
import type { TablesInput } from './inputs.ts';

const LABEL_COUNTS = {
  positive: 'd => d.sentiment_label === "positive" ? 1 : 0',
  neutral: 'd => d.sentiment_label === "neutral" ? 1 : 0',
  negative: 'd => d.sentiment_label === "negative" ? 1 : 0',
};

/**
 * `sentiment_by_remedy.csv`: per remedy, comment mentions only: `mentions`, distinct `commenters`,
 * `mean_sentence_sentiment` (the mention's sentence score, joined on comment_id + sentence_index) and outcome counts.
 */
export function buildSentimentByRemedy(input: Pick<TablesInput, 'comments' | 'mentions' | 'sentences'>): ColumnTable {
  // The lookups are plain maps: a hash join of every sentence costs more than the whole rest of this table.
  const fromComments = input.mentions.filter((m) => m.comment_id !== '');
  const scores = new Map<string, Map<number, number | null>>(fromComments.map((m) => [m.comment_id, new Map()] as const));
  for (const s of input.sentences) scores.get(s.comment_id)?.set(s.sentence_index, s.sentiment_score);
  const authorKey = new Map(input.comments.map((c) => [c.comment_id, c.author_key] as const));
  const rows = fromComments.map((m) => ({
    remedy_id: m.remedy_id,
    outcome: m.outcome,
    author_key: authorKey.get(m.comment_id) ?? null,
    sentiment_score: scores.get(m.comment_id)?.get(m.sentence_index) ?? null,
  }));
  return tableOf(rows, ['remedy_id', 'outcome', 'author_key', 'sentiment_score'])
    .derive({
      helped: 'd => d.outcome === "helped" ? 1 : 0',
      no_effect: 'd => d.outcome === "no-effect" ? 1 : 0',
      worse: 'd => d.outcome === "worse" ? 1 : 0',
      considering: 'd => d.outcome === "considering" ? 1 : 0',
    })
    .groupby('remedy_id')
    .rollup({
      mentions: op.count(),
      commenters: op.distinct('author_key'),
      mean_sentence_sentiment: op.mean('sentiment_score'),
      helped: op.sum('helped'),
      no_effect: op.sum('no_effect'),
      worse: op.sum('worse'),
      considering: op.sum('considering'),
    })
    .derive({ mean_sentence_sentiment: round4('mean_sentence_sentiment') })
    .orderby(desc('mentions'), 'remedy_id')
    .select('remedy_id', 'mentions', 'commenters', 'mean_sentence_sentiment', 'helped', 'no_effect', 'worse', 'considering');
}

/** `sentiment_by_post.csv`: per post `comments, mean_sentiment, positive, neutral, negative` (posts without comments too). */
export function buildSentimentByPost(input: Pick<TablesInput, 'posts' | 'comments'>): ColumnTable {
  const perPost = summarize(commentTable(input), 'post_id');
  return postTable(input)
    .select('post_id')
    .join_left(perPost, 'post_id')
    .derive({
      comments: zeroIfMissing('comments'),
      positive: zeroIfMissing('positive'),
      neutral: zeroIfMissing('neutral'),
      negative: zeroIfMissing('negative'),
    })
    .derive({ mean_sentiment: round4('mean_sentiment') })
    .orderby('post_id')
    .select('post_id', 'comments', 'mean_sentiment', 'positive', 'neutral', 'negative');
}

/** `sentiment_by_month.csv`: per local month (`YYYY-MM`) of timed comments `comments, mean_sentiment, positive, neutral, negative`. */
export function buildSentimentByMonth(input: Pick<TablesInput, 'comments'>): ColumnTable {
  return summarize(timedComments(commentTable(input)), 'month')
    .derive({ mean_sentiment: round4('mean_sentiment') })
    .orderby('month')
    .select('month', 'comments', 'mean_sentiment', 'positive', 'neutral', 'negative');
}

function summarize(comments: ColumnTable, key: string): ColumnTable {
  return comments
    .derive(LABEL_COUNTS)
    .groupby(key)
    .rollup({
      comments: op.count(),
      mean_sentiment: op.mean('sentiment_score'),
      positive: op.sum('positive'),
      neutral: op.sum('neutral'),
      negative: op.sum('negative'),
    });
}
