import { desc, op } from 'arquero';
import type { ColumnTable } from 'arquero';
import { commentTable, replyTable } from './base.ts';
import { round4, timedComments, zeroIfMissing } from './frame.ts';
import type { TablesInput } from './inputs.ts';

/**
 * `authors.csv`: one row per canonical commenter with `comments, posts, first_utc, last_utc, active_days` (distinct
 * local dates), `replies_given, replies_received` (detected replies), `mean_sentiment` and `is_blog_author`.
 */
export function buildAuthors(input: Pick<TablesInput, 'comments' | 'replies' | 'blog_authors'>): ColumnTable {
  const comments = commentTable(input);
  const activeDays = timedComments(comments)
    .groupby('author_key')
    .rollup({ active_days: op.distinct('local_date') });
  const given = replyTable(input)
    .join(comments.select('comment_id', 'author_key'), 'comment_id')
    .groupby('author_key')
    .rollup({ replies_given: op.count() });
  const received = replyTable(input)
    .groupby('reply_to_author')
    .rollup({ replies_received: op.count() })
    .rename({ reply_to_author: 'author_key' });
  return comments
    .groupby('author_key')
    .rollup({
      comments: op.count(),
      posts: op.distinct('post_id'),
      first_utc: op.min('utc_time'),
      last_utc: op.max('utc_time'),
      mean_sentiment: op.mean('sentiment_score'),
    })
    .join_left(activeDays, 'author_key')
    .join_left(given, 'author_key')
    .join_left(received, 'author_key')
    .params({ blog_authors: input.blog_authors })
    .derive({
      first_utc: 'd => d.first_utc == null ? null : d.first_utc',
      last_utc: 'd => d.last_utc == null ? null : d.last_utc',
      active_days: zeroIfMissing('active_days'),
      replies_given: zeroIfMissing('replies_given'),
      replies_received: zeroIfMissing('replies_received'),
      mean_sentiment: round4('mean_sentiment'),
      is_blog_author: '(d, $) => op.includes($.blog_authors, d.author_key)',
    })
    .rename({ author_key: 'author' })
    .orderby(desc('comments'), 'author')
    .select('author', 'comments', 'posts', 'first_utc', 'last_utc', 'active_days', 'replies_given', 'replies_received', 'mean_sentiment', 'is_blog_author');
}

