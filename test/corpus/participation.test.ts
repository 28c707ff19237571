import { describe, expect, it } from 'vitest';
import { perPostParticipation } from '../../src/corpus/participation.ts';
import { formatTable } from '../../src/output/csv.ts';
import { buildPostActivity } from '../../src/tables/post-activity.ts';
import { buildResponseTimes } from '../../src/tables/response-times.ts';
import { comment, post, reply } from '../tables/rows.ts';

const posts = [post({ post_id: 'p2' }), post({ post_id: 'p1' }), post({ post_id: 'p3' })];
const comments = [
  comment({ comment_id: 'c1', post_id: 'p1', author_key: 'Chris', utc_time: '2011-02-05T04:00:00.000Z' }),
  comment({ comment_id: 'c2', post_id: 'p1', author_key: 'MAS', is_post_author: true, utc_time: '2011-02-05T04:10:00.000Z' }),
  comment({ comment_id: 'c3', post_id: 'p2', author_key: 'Tom', utc_time: '2012-01-01T00:00:00.000Z' }),
  comment({ comment_id: 'c4', post_id: 'p2', author_key: 'MAS', is_post_author: true, utc_time: '2012-01-01T01:30:00.000Z' }),
  comment({ comment_id: 'c0', post_id: 'p2', author_key: 'Ann', utc_time: null }),
];
const replies = [
  reply({ comment_id: 'c2', post_id: 'p1', reply_to_comment_id: 'c1', reply_to_author: 'Chris' }),
  reply({ comment_id: 'c4', post_id: 'p2', reply_to_comment_id: 'c3', reply_to_author: 'Tom' }),
  reply({ comment_id: 'c4', post_id: 'p2', reply_to_comment_id: 'c0', reply_to_author: 'Ann' }),
];
const input = { posts, comments, replies };
const csv = (t: { post_activity: Parameters<typeof formatTable>[1]; response_times: Parameters<typeof formatTable>[1] }) => [
  formatTable('post_activity', t.post_activity),
  formatTable('response_times', t.response_times),
];

describe('perPostParticipation', () => {
  it('computes every post without known rows, as the table builders do, and returns each post’s rows', () => {
    const all = perPostParticipation(input, new Map());
    expect(csv(all)).toEqual(csv({ post_activity: buildPostActivity(input), response_times: buildResponseTimes(input) }));
    expect([...all.computed.keys()].sort()).toEqual(['p1', 'p2', 'p3']);
    expect(all.computed.get('p2')!.responses.map((r) => r.comment_id).sort()).toEqual(['c0', 'c3']);
    expect(all.computed.get('p3')).toEqual({
      activity: { post_id: 'p3', comments: 0, commenters: 0, first_comment_utc: null, last_comment_utc: null, lifespan_hours: null, author_comments: 0, author_reply_rate: null, median_author_response_minutes: null },
      responses: [],
    });
  });

  it('takes known rows as they are and computes only the other posts', () => {
    const all = perPostParticipation(input, new Map());
    const known = new Map([['p2', all.computed.get('p2')!]]);
    const part = perPostParticipation(input, known);
    expect([...part.computed.keys()].sort()).toEqual(['p1', 'p3']);
    expect(csv(part)).toEqual(csv(all));
    // Taken, not recomputed.
    const doctored = new Map([['p2', { ...all.computed.get('p2')!, responses: [] }]]);
    expect(perPostParticipation(input, doctored).response_times.numRows()).toBe(all.response_times.numRows() - 2);
  });

  it('gives every post of a repeated post id the rows of them all, as the table builders do', () => {
    const twice = { ...input, posts: [...posts, post({ post_id: 'p1', source_file: 'other.md' })] };
    expect(csv(perPostParticipation(twice, new Map()))).toEqual(csv({ post_activity: buildPostActivity(twice), response_times: buildResponseTimes(twice) }));
  });
});
