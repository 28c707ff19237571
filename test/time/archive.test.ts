import { ARCHIVE_POSTS } from '../../pipeline/shared-data.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.ts';
import { parsePost } from '../../src/ingest/parse-post.ts';
import { postIdFromPath } from '../../src/ingest/post-id.ts';
import type { RawComment } from '../../src/schema/comment.ts';
import type { ParsedPost } from '../../src/schema/post.ts';
import { normalizeTimes } from '../../src/time/normalize.ts';
import { ZoneOffsets } from '../../src/time/zone-offsets.ts';

const ARCHIVE = ARCHIVE_POSTS;
const present = existsSync(ARCHIVE);

describe.skipIf(!present)(`the whole archive (skipped: ${ARCHIVE} not found)`, () => {
  const files = present ? (readdirSync(ARCHIVE, { recursive: true }) as string[]).filter((f) => f.endsWith('.md')).sort() : [];
  const diag = new Diagnostics();
  const posts: ParsedPost[] = [];
  const comments: RawComment[] = [];
  for (const f of files) {
    const r = parsePost({ bytes: readFileSync(join(ARCHIVE, f)), source_file: f, post_id: postIdFromPath(f) }, diag);
    posts.push(r.post);
    comments.push(...r.comments);
  }
  const timed = present ? normalizeTimes({ posts, comments }, { timezone: 'auto' }, diag) : null;

  it('reads 1,713 posts and 12,187 comments', () => {
    expect(posts).toHaveLength(1713);
    expect(comments).toHaveLength(12_187);
  });
  it('finds exactly commentCount comments in every post', () => {
    expect(posts.filter((p) => p.comment_count !== p.declared_comment_count).map((p) => p.post_id)).toEqual([]);
  });
  it('gives every comment a unique id and a UTC time', () => {
    expect(new Set(comments.map((c) => c.comment_id)).size).toBe(comments.length);
    expect(timed!.comments.filter((c) => c.utc_time === null)).toEqual([]);
  });
  it('infers a zone with the offsets of America/Los_Angeles', () => {
    const chosen = new ZoneOffsets(timed!.zone.zone, Date.UTC(2005, 0, 1), Date.UTC(2025, 0, 1));
    const la = new ZoneOffsets('America/Los_Angeles', Date.UTC(2005, 0, 1), Date.UTC(2025, 0, 1));
    const dates = [Date.UTC(2006, 0, 15), Date.UTC(2006, 6, 15), Date.UTC(2007, 2, 20), Date.UTC(2011, 10, 3), Date.UTC(2019, 6, 1)];
    expect(dates.map((d) => chosen.offsetAt(d))).toEqual(dates.map((d) => la.offsetAt(d)));
    expect(timed!.zone.source).toBe('inferred');
  });
  it('leaves fewer than 10 comments before their post, each with a warning', () => {
    const published = new Map(posts.map((p) => [p.post_id, p.published_utc]));
    const early = timed!.comments.filter((c) => c.utc_time !== null && c.utc_time < published.get(c.post_id)!);
    expect(early.length).toBeGreaterThan(0);
    expect(early.length).toBeLessThan(10);
    const warned = diag.items.filter((d) => d.rule_id === 'time:before-post').map((d) => `${d.file}:${d.line}`);
    expect(warned.sort()).toEqual(early.map((c) => `${c.source_file}:${c.date_line}`).sort());
  });
  it('raises no error on the archive', () => {
    expect(diag.items.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
