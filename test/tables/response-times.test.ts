import { describe, expect, it } from 'vitest';
import { buildResponseTimes } from '../../src/tables/response-times.ts';
import { comment, reply } from './rows.ts';

describe('buildResponseTimes', () => {
  it('lists each comment the post author answered with the minutes to the answer', () => {
    const comments = [
      comment({ comment_id: 'c1', author_key: 'Chris', utc_time: '2011-02-05T04:28:00.000Z' }),
      comment({ comment_id: 'c2', author_key: 'MAS', is_post_author: true, utc_time: '2011-02-05T04:34:00.000Z' }),
      comment({ comment_id: 'c3', author_key: 'Tom', utc_time: '2011-02-05T05:00:00.000Z' }),
      comment({ comment_id: 'c4', author_key: 'Chris', utc_time: '2011-02-05T06:00:00.000Z' }),
      comment({ comment_id: 'c5', author_key: 'MAS', is_post_author: true, utc_time: null }),
    ];
    const replies = [
      reply({ comment_id: 'c2', reply_to_comment_id: 'c1', reply_to_author: 'Chris' }),
      reply({ comment_id: 'c4', reply_to_comment_id: 'c3', reply_to_author: 'Tom' }),
      reply({ comment_id: 'c5', reply_to_comment_id: 'c3', reply_to_author: 'Tom' }),
      reply({ comment_id: 'c3', reply_to_comment_id: '', reply_to_author: 'MAS' }),
    ];
    const t = buildResponseTimes({ comments, replies });
    expect(t.columnNames()).toEqual(['comment_id', 'reply_comment_id', 'response_minutes']);
    expect(t.array('comment_id')).toEqual(['c1', 'c3']);
    expect(t.array('reply_comment_id')).toEqual(['c2', 'c5']);
    expect(t.array('response_minutes')).toEqual([6, null]);
  });
});
