import { describe, expect, it } from 'vitest';
import { buildAuthors } from '../../src/tables/authors.ts';
import { comment, reply } from './rows.ts';

describe('buildAuthors', () => {
  const comments = [
    comment({ comment_id: 'c1', post_id: 'p1', author_key: 'Chris', utc_time: '2011-02-05T04:28:00.000Z', local_time: '2011-02-04T20:28:00', sentiment_score: 0.5 }),
    comment({ comment_id: 'c2', post_id: 'p1', author_key: 'MAS', is_post_author: true, utc_time: '2011-02-05T04:34:00.000Z', local_time: '2011-02-04T20:34:00', sentiment_score: 0.2 }),
    comment({ comment_id: 'c3', post_id: 'p2', author_key: 'Chris', utc_time: '2011-02-06T07:00:00.000Z', local_time: '2011-02-05T23:00:00', sentiment_score: -0.1 }),
    comment({ comment_id: 'c4', post_id: 'p2', author_key: 'Chris', utc_time: null, local_time: null, sentiment_score: null }),
  ];
  const replies = [reply({ comment_id: 'c2', reply_to_comment_id: 'c1', reply_to_author: 'Chris' })];
  const t = buildAuthors({ comments, replies, blog_authors: ['MAS'] });

  it('has one row per canonical author, most active first', () => {
    expect(t.columnNames()).toEqual(['author', 'comments', 'posts', 'first_utc', 'last_utc', 'active_days', 'replies_given', 'replies_received', 'mean_sentiment', 'is_blog_author']);
    expect(t.array('author')).toEqual(['Chris', 'MAS']);
    expect(t.array('comments')).toEqual([3, 1]);
    expect(t.array('posts')).toEqual([2, 1]);
  });

  it('takes first and last UTC times and active local days from timed comments only', () => {
    expect(t.array('first_utc')).toEqual(['2011-02-05T04:28:00.000Z', '2011-02-05T04:34:00.000Z']);
    expect(t.array('last_utc')).toEqual(['2011-02-06T07:00:00.000Z', '2011-02-05T04:34:00.000Z']);
    expect(t.array('active_days')).toEqual([2, 1]);
  });

  it('counts replies given and received, rounds the mean sentiment and flags blog authors', () => {
    expect(t.array('replies_given')).toEqual([0, 1]);
    expect(t.array('replies_received')).toEqual([1, 0]);
    expect(t.array('mean_sentiment')).toEqual([0.2, 0.2]);
    expect(t.array('is_blog_author')).toEqual([false, true]);
  });
});
