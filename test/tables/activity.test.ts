import { describe, expect, it } from 'vitest';
import { buildActivityByHour, buildActivityByMonth } from '../../src/tables/activity.ts';
import { comment } from './rows.ts';

const comments = [
  comment({ comment_id: 'c1', post_id: 'p1', author_key: 'Chris', local_time: '2010-11-30T23:30:00' }),
  comment({ comment_id: 'c2', post_id: 'p1', author_key: 'MAS', local_time: '2011-01-03T08:15:00' }),
  comment({ comment_id: 'c3', post_id: 'p2', author_key: 'Chris', local_time: '2011-01-09T08:59:00' }),
  comment({ comment_id: 'c4', post_id: 'p2', author_key: 'Tom', local_time: null }),
];

describe('buildActivityByMonth', () => {
  const t = buildActivityByMonth({ comments });

  it('lists every month from the first to the last, gaps as zeros', () => {
    expect(t.array('month')).toEqual(['2010-11', '2010-12', '2011-01']);
    expect(t.array('comments')).toEqual([1, 0, 2]);
  });

  it('counts commenters, newcomers and posts per month', () => {
    expect(t.array('commenters')).toEqual([1, 0, 2]);
    expect(t.array('new_commenters')).toEqual([1, 0, 1]);
    expect(t.array('posts_commented')).toEqual([1, 0, 2]);
  });
});

describe('buildActivityByHour', () => {
  const t = buildActivityByHour({ comments });

  it('has all 7 x 24 cells, Monday first', () => {
    expect(t.numRows()).toBe(168);
    expect(t.get('weekday', 0)).toBe('Mon');
    expect(t.get('weekday', 167)).toBe('Sun');
  });

  it('counts comments by local weekday and hour as written', () => {
    const nonZero = t.filter('d => d.comments > 0').objects();
    expect(nonZero).toEqual([
      { weekday: 'Mon', weekday_index: 0, hour: 8, comments: 1 },
      { weekday: 'Tue', weekday_index: 1, hour: 23, comments: 1 },
      { weekday: 'Sun', weekday_index: 6, hour: 8, comments: 1 },
    ]);
  });
});
