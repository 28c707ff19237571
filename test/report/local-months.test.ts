import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/report/context.ts';
import { monthActivity } from '../../src/report/prepare-activity.ts';
import { categoriesByYear } from '../../src/report/prepare-remedies.ts';

// Published 2011-03-01 03:00 UTC: still February 28 on the blog's clock (America/Los_Angeles).
const posts = aq.from([{ post_id: 'p', author: 'MAS', published_utc: '2011-03-01T03:00:00.000Z', timezone: 'America/Los_Angeles' }]);

describe('report months and years', () => {
  it('count a post in the month of its own zone, as the tables count comments', () => {
    const ctx = buildContext({ posts }, null);
    expect(monthActivity(ctx).map((r) => [r.month, r.posts_published])).toEqual([['2011-02', 1]]);
    expect(ctx.publishedLocal('p')).toBe('2011-02-28T19:00:00');
  });

  it('date a comment by its local time and a post-body mention by the post local publication time', () => {
    // 2011-01-01 02:00 UTC is still 2010 in Los Angeles.
    const comments = aq.from([{ comment_id: 'c', post_id: 'p', author: 'Ann', utc_time: '2011-01-01T02:00:00.000Z', local_time: '2010-12-31T18:00:00' }]);
    const mentions = aq.from([
      { post_id: 'p', comment_id: 'c', remedy_id: 'ice', category: 'devices-and-aids' },
      { post_id: 'p', comment_id: '', remedy_id: 'ice', category: 'devices-and-aids' },
    ]);
    const ctx = buildContext({ posts, comments, remedy_mentions: mentions }, null);
    expect(categoriesByYear(ctx)).toEqual([
      { year: '2010', category: 'devices-and-aids', mentions: 1 },
      { year: '2011', category: 'devices-and-aids', mentions: 1 },
    ]);
  });

  it('fall back to UTC for a post without a known zone', () => {
    const ctx = buildContext({ posts: aq.from([{ post_id: 'q', published_utc: '2011-03-01T03:00:00.000Z', timezone: 'Not/AZone' }]) }, null);
    expect(ctx.publishedLocal('q')).toBe('2011-03-01T03:00:00.000Z');
  });
});
