import type { ColumnTable } from 'arquero';
import { tableOf } from './frame.ts';
import type { TablesInput } from './inputs.ts';

/** The comment columns the tables read, as an arquero table. */
export function commentTable(input: Pick<TablesInput, 'comments'>): ColumnTable {
  return tableOf(input.comments, [
    'comment_id', 'post_id', 'author_key', 'is_post_author', 'local_time', 'utc_time', 'sentiment_score', 'sentiment_label',
  ]);
}

/** The reply columns the tables read, as an arquero table. */
export function replyTable(input: Pick<TablesInput, 'replies'>): ColumnTable {
  return tableOf(input.replies, ['comment_id', 'post_id', 'reply_to_comment_id', 'reply_to_author', 'cue']);
}

/** The post columns the tables read, as an arquero table. */
export function postTable(input: Pick<TablesInput, 'posts'>): ColumnTable {
  return tableOf(input.posts, ['post_id', 'author', 'published_utc']);
}
