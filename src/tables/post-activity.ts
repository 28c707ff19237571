import { op } from 'arquero';
import type { ColumnTable } from 'arquero';
import { commentTable, postTable } from './base.ts';
import { round4, zeroIfMissing } from './frame.ts';
import type { TablesInput } from './inputs.ts';
import { authorAnswers } from './response-times.ts';

/**
 * `post_activity.csv`, one row per post: `comments, commenters, first_comment_utc, last_comment_utc`,
 * `lifespan_hours` (first to last comment), `author_comments`, `author_reply_rate` (share of other people's comments
 * the post author answered; null without such comments) and `median_author_response_minutes` (to the first answer).
 */
export function buildPostActivity(input: Pick<TablesInput, 'posts' | 'comments' | 'replies'>): ColumnTable {
  const comments = commentTable(input);
  const perPost = comments
    .derive({ by_author: 'd => d.is_post_author ? 1 : 0' })
    .groupby('post_id')
    .rollup({
      comments: op.count(),
      commenters: op.distinct('author_key'),
      author_comments: op.sum('by_author'),
      first_comment_utc: op.min('utc_time'),
      last_comment_utc: op.max('utc_time'),
    });
  const firstAnswers = authorAnswers(input)
    .groupby('post_id', 'comment_id')
    .rollup({ response_minutes: op.min('response_minutes') });
  const answered = firstAnswers
    .groupby('post_id')
    .rollup({ answered: op.count(), median_author_response_minutes: op.median('response_minutes') });
  const table = postTable(input)
    .select('post_id')
    .join_left(perPost, 'post_id')
    .join_left(answered, 'post_id')
    .derive({
      comments: zeroIfMissing('comments'),
      commenters: zeroIfMissing('commenters'),
      author_comments: zeroIfMissing('author_comments'),
      answered: zeroIfMissing('answered'),
      first_comment_utc: 'd => d.first_comment_utc == null ? null : d.first_comment_utc',
      last_comment_utc: 'd => d.last_comment_utc == null ? null : d.last_comment_utc',
    })
    .derive({
      lifespan_hours: `d => d.first_comment_utc == null ? null : (op.timestamp(op.parse_date(d.last_comment_utc)) - op.timestamp(op.parse_date(d.first_comment_utc))) / 3600000`,
      author_reply_rate: 'd => d.comments - d.author_comments > 0 ? d.answered / (d.comments - d.author_comments) : null',
    })
    .derive({
      lifespan_hours: round4('lifespan_hours'),
      author_reply_rate: round4('author_reply_rate'),
      median_author_response_minutes: round4('median_author_response_minutes'),
    });
  return postActivityOf(table);
}

/** `post_activity.csv` from per-post rows (computed above, or kept from it): in the table's order, with its columns. */
export function postActivityOf(rows: ColumnTable): ColumnTable {
  return rows
    .orderby('post_id')
    .select('post_id', 'comments', 'commenters', 'first_comment_utc', 'last_comment_utc', 'lifespan_hours', 'author_comments', 'author_reply_rate', 'median_author_response_minutes');
}
