import { describe, expect, it } from 'vitest';
import { buildPostActivity } from '../../src/tables/post-activity.ts';
import { comment, post, reply } from './rows.ts';

describe('buildPostActivity', () => {
  const comments = [
    comment({ comment_id: 'c1', post_id: 'p1', author_key: 'Chris', utc_time: '2011-02-05T04:00:00.000Z' }),
    comment({ comment_id: 'c2', post_id: 'p1', author_key: 'MAS', is_post_author: true, utc_time: '2011-02-05T04:10:00.000Z' }),
    comment({ comment_id: 'c3', post_id: 'p1', author_key: 'Tom', utc_time: '2011-02-05T05:00:00.000Z' }),
    comment({ comment_id: 'c4', post_id: 'p1', author_key: 'MAS', is_post_author: true, utc_time: '2011-02-05T05:30:00.000Z' }),
    comment({ comment_id: 'c5', post_id: 'p1', author_key: 'Chris', utc_time: '2011-02-05T07:00:00.000Z' }),
    comment({ comment_id: 'c6', post_id: 'p1', author_key: 'MAS', is_post_author: true, utc_time: null }),
    comment({ comment_id: 'c7', post_id: 'p2', author_key: 'MAS', is_post_author: true, utc_time: '2012-01-01T00:00:00.000Z' }),
  ];
  const replies = [
    reply({ comment_id: 'c2', reply_to_comment_id: 'c1', reply_to_author: 'Chris' }),
    reply({ comment_id: 'c4', reply_to_comment_id: 'c3', reply_to_author: 'Tom' }),
    reply({ comment_id: 'c6', reply_to_comment_id: 'c3', reply_to_author: 'Tom' }),
  ];
  const t = buildPostActivity({ posts: [post({ post_id: 'p2' }), post({ post_id: 'p1' }), post({ post_id: 'p3' })], comments, replies });

  it('has one row per post, including posts without comments', () => {
    expect(t.array('post_id')).toEqual(['p1', 'p2', 'p3']);
    expect(t.array('comments')).toEqual([6, 1, 0]);
    expect(t.array('commenters')).toEqual([3, 1, 0]);
  });

  it('spans the first to the last timed comment', () => {
    expect(t.array('first_comment_utc')).toEqual(['2011-02-05T04:00:00.000Z', '2012-01-01T00:00:00.000Z', null]);
    expect(t.array('lifespan_hours')).toEqual([3, 0, null]);
  });

  it('rates the author’s answers to other people’s comments, null when there are none', () => {
    expect(t.array('author_comments')).toEqual([3, 1, 0]);
    expect(t.array('author_reply_rate')).toEqual([0.6667, null, null]);
  });

  it('takes the median of the first-answer response minutes', () => {
    expect(t.array('median_author_response_minutes')).toEqual([20, null, null]);
  });
});
