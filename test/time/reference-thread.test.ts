import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.ts';
import { parsePost } from '../../src/ingest/parse-post.ts';
import { normalizeTimes } from '../../src/time/normalize.ts';

const root = new URL('../../data/raw/', import.meta.url);
const rel = '2011/02/the-psychology-of-back-pain/index.md';

describe('the reference thread (data/raw copy)', () => {
  it('has the 25 UTC times of the hand labels when read in America/Los_Angeles', () => {
    const diag = new Diagnostics();
    const { post, comments } = parsePost({ bytes: readFileSync(new URL(rel, root)), source_file: `data/raw/${rel}`, post_id: '2011/02/the-psychology-of-back-pain' }, diag);
    const timed = normalizeTimes({ posts: [post], comments }, { timezone: 'America/Los_Angeles' }, diag);
    const gold = JSON.parse(readFileSync(new URL('../fixtures/time-seed-thread/utc-times.json', import.meta.url), 'utf8')) as { author: string; utc: string }[];
    expect(timed.comments.map((c) => ({ author: c.author, utc: c.utc_time }))).toEqual(gold);
    expect(post).toMatchObject({ title: 'The Psychology of Back Pain', declared_comment_count: 25, comment_count: 25, published_utc: '2011-02-05T04:06:26.000Z' });
    expect(diag.items).toEqual([]);
  });
});
