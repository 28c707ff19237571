import type { ColumnTable } from 'arquero';
import { commentTable, replyTable } from './base.ts';
import { minutesBetween, round4 } from './frame.ts';
import type { TablesInput } from './inputs.ts';

/**
 * Returns every (comment, post-author reply) pair with `post_id`: a reply written by the post's author whose
 * `reply_to_comment_id` is that comment, and the minutes between them (null when either time is unknown).
 */
export function authorAnswers(input: Pick<TablesInput, 'comments' | 'replies'>): ColumnTable {
  // post_activity and response_times both read it: computed once per comments and replies.
  const known = answers.get(input.comments);
  if (known?.replies === input.replies) return known.table;
  const table = answersOf(input);
  answers.set(input.comments, { replies: input.replies, table });
  return table;
}

const answers = new WeakMap<object, { replies: object; table: ColumnTable }>();

function answersOf(input: Pick<TablesInput, 'comments' | 'replies'>): ColumnTable {
  const comments = commentTable(input);
  const repliers = comments.select({ comment_id: 'reply_comment_id', is_post_author: 'by_post_author', utc_time: 'reply_utc' });
  const targets = comments.select({ comment_id: 'comment_id', post_id: 'post_id', is_post_author: 'target_is_author', utc_time: 'target_utc' });
  return replyTable(input)
    .filter('d => d.reply_to_comment_id !== ""')
    .select({ comment_id: 'reply_comment_id', reply_to_comment_id: 'comment_id' })
    .join(repliers, 'reply_comment_id')
    .filter('d => d.by_post_author')
    .join(targets, 'comment_id')
    .filter('d => !d.target_is_author')
    .derive({ response_minutes: minutesBetween('target_utc', 'reply_utc') })
    .derive({ response_minutes: round4('response_minutes') })
    .select('post_id', 'comment_id', 'reply_comment_id', 'response_minutes');
}

/** `response_times.csv`: `comment_id, reply_comment_id, response_minutes` for every comment the post's author answered. */
export function buildResponseTimes(input: Pick<TablesInput, 'comments' | 'replies'>): ColumnTable {
  return responseTimesOf(authorAnswers(input));
}

/** `response_times.csv` from answer rows (`authorAnswers`, or rows kept from it): in the table's order, with its columns. */
export function responseTimesOf(answers: ColumnTable): ColumnTable {
  return answers.orderby('comment_id', 'reply_comment_id').select('comment_id', 'reply_comment_id', 'response_minutes');
}
