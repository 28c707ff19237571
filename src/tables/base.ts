import type { ColumnTable } from 'arquero';
import { viewedTable } from '../output/row-views.ts';
import { tableOf } from './frame.ts';
import type { TablesInput } from './inputs.ts';

// Several tables read the same comment columns; arquero tables are immutable, so one per comments array is shared.
const commentTables = new WeakMap<object, ColumnTable>();

/** The comment columns the tables read, as an arquero table. */
export function commentTable(input: Pick<TablesInput, 'comments'>): ColumnTable {
  let table = commentTables.get(input.comments);
  if (!table) {
    const columns = ['comment_id', 'post_id', 'author_key', 'is_post_author', 'local_time', 'utc_time', 'sentiment_score', 'sentiment_label'] as const;
    // Rows that are views over a table (the corpus stage's) give its columns as they are.
    table = viewedTable(input.comments)?.select(...columns) ?? tableOf(input.comments, columns);
    commentTables.set(input.comments, table);
  }
  return table;
}

/** The reply columns the tables read, as an arquero table. */
export function replyTable(input: Pick<TablesInput, 'replies'>): ColumnTable {
  return tableOf(input.replies, ['comment_id', 'post_id', 'reply_to_comment_id', 'reply_to_author', 'cue']);
}

/** The post columns the tables read, as an arquero table. */
export function postTable(input: Pick<TablesInput, 'posts'>): ColumnTable {
  return tableOf(input.posts, ['post_id', 'author', 'published_utc']);
}
