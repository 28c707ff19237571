import * as aq from 'arquero';
import { desc, op } from 'arquero';
import type { ColumnTable } from 'arquero';
import { commentTable, postTable } from './base.ts';
import { round4, timedComments, zeroIfMissing } from './frame.ts';
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
export function buildSentimentByRemedy(
  input: Pick<TablesInput, 'comments' | 'mentions'> & Partial<Pick<TablesInput, 'sentences'>>,
  scores: readonly (number | null)[] = mentionSentenceScores(input.mentions, input.sentences ?? []),
): ColumnTable {
  // The lookups are plain maps: a hash join of every sentence costs more than the whole rest of this table.
  const authorKey = new Map(input.comments.map((c) => [c.comment_id, c.author_key] as const));
  // Built as columns, without a row object per mention (3.4 million at a million comments). The outcome counts
  // are sums of 0/1 columns, set here with the rows (a derive would be one more pass per column).
  const columns = { remedy_id: [] as string[], author_key: [] as (string | null)[], sentiment_score: [] as (number | null)[], helped: [] as number[], no_effect: [] as number[], worse: [] as number[], considering: [] as number[] };
  for (const [i, m] of input.mentions.entries()) {
    if (m.comment_id === '') continue;
    columns.remedy_id.push(m.remedy_id);
    columns.author_key.push(authorKey.get(m.comment_id) ?? null);
    columns.sentiment_score.push(scores[i] ?? null);
    columns.helped.push(m.outcome === 'helped' ? 1 : 0);
    columns.no_effect.push(m.outcome === 'no-effect' ? 1 : 0);
    columns.worse.push(m.outcome === 'worse' ? 1 : 0);
    columns.considering.push(m.outcome === 'considering' ? 1 : 0);
  }
  return aq
    .table(columns)
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

/**
 * Returns the score of each mention's sentence, in the order of `mentions`: null for a mention in a post body and for
 * one whose comment has no sentence at its index. `sentiment_by_remedy` averages them, and the report reads them as a
 * column of the mentions table instead of indexing the sentences again.
 */
export function mentionSentenceScores(
  mentions: readonly Pick<TablesInput['mentions'][number], 'comment_id' | 'sentence_index'>[],
  sentences: Parameters<typeof sentenceScoreLookup>[0],
): (number | null)[] {
  const score = sentenceScoreLookup(sentences);
  return mentions.map((m) => (m.comment_id === '' ? null : score(m.comment_id, m.sentence_index)));
}

/**
 * Returns the score of a comment's sentence by its index (null when there is none; the last of a repeated comment id
 * and index wins). The analysis writes each comment's sentences together, indexed from 0, so the position of a
 * comment's first sentence locates the rest; any other layout is indexed sentence by sentence.
 */
export function sentenceScoreLookup(sentences: readonly Pick<TablesInput['sentences'][number], 'comment_id' | 'sentence_index' | 'sentiment_score'>[]): (commentId: string, index: number) => number | null {
  return scoreLookup(sentences.length, (i) => sentences[i]!.comment_id, (i) => sentences[i]!.sentence_index, (i) => sentences[i]!.sentiment_score);
}

/**
 * `sentenceScoreLookup` over sentences given by column: `length` rows, each row's comment (any key), sentence index and
 * score.
 */
export function scoreLookup<K>(length: number, comment: (row: number) => K, index: (row: number) => number, score: (row: number) => number): (comment: K, index: number) => number | null {
  const first = new Map<K, number>();
  let contiguous = true;
  for (let i = 0; i < length && contiguous; i++) {
    const c = comment(i);
    const start = index(i) === 0 && !first.has(c) ? i : first.get(c);
    if (start === i) first.set(c, i);
    else contiguous = start !== undefined && start + index(i) === i;
  }
  if (contiguous) {
    return (c, at) => {
      const row = (first.get(c) ?? NaN) + at;
      return row < length && comment(row) === c && index(row) === at ? score(row) : null;
    };
  }
  const byKey = new Map<string, number>();
  for (let i = 0; i < length; i++) byKey.set(`${String(comment(i))}\u0000${index(i)}`, score(i));
  return (c, at) => byKey.get(`${String(c)}\u0000${at}`) ?? null;
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
