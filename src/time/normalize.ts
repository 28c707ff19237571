import { z } from 'zod';
import { Diagnostics } from '../diagnostics.ts';
import { Diagnostic } from '../schema/diagnostic.ts';
import { timeBeforePost, timeDstAmbiguous, timeDstGap, timeUnparseable } from '../messages/time.ts';
import type { RawComment, TimedComment } from '../schema/comment.ts';
import { isIanaZone, type ParsedPost } from '../schema/post.ts';
import type { ParsedDate, TimeOptions, ZoneChoice } from '../schema/time.ts';
import { inferZoneFromTallies, tallyTables, tallyZones, ZoneTally, zonesTried, type ZoneSample } from './infer-zone.ts';
import { ACCEPTED_DATE_FORMS, parseDateText, wallMillis } from './parse-date.ts';
import { formatOffset, formatWall, ZoneOffsets } from './zone-offsets.ts';

const MINUTE = 60_000;

/** A comment's normalized time: `[local_time, utc_offset, utc_time]`, or null when its date is missing or unreadable. */
export const CommentTime = z.tuple([z.string(), z.string(), z.string()]).nullable();
export type CommentTime = z.infer<typeof CommentTime>;

/**
 * One post's share of the time stage, kept with its record so a rerun redoes it only for posts that changed: its
 * zone-inference tally (absent until a run infers a zone; null when the post gives no sample) and its comments' times
 * as read in `zone`, with the problems that reading reported.
 */
export const PostTimes = z.object({
  tally: ZoneTally.nullable().optional(),
  zone: z.string(),
  times: z.array(CommentTime),
  diagnostics: z.array(Diagnostic),
});
export type PostTimes = z.infer<typeof PostTimes>;

/**
 * Normalizes comment times: each date line is parsed once, read in its post's zone (front-matter `timezone`, else
 * `options.timezone`, else, for `auto`, the zone inferred from all comments) and returned as `local_time`,
 * `utc_offset` and `utc_time`. An ISO date line with an offset is an instant; its `local_time` and `utc_offset`
 * are those of the post's zone at that instant, so a thread's local times stay on one clock.
 * Unreadable dates keep null times with an error; DST gaps, ambiguous times and comments before their post are noted.
 *
 * `memo` holds earlier results by post id (valid while the post and its comments are unchanged); the result's `memo`
 * holds every post's results, reused or new. A post id given by two posts is never memoised.
 */
export function normalizeTimes(
  input: { posts: ParsedPost[]; comments: RawComment[] },
  options: TimeOptions,
  diag: Diagnostics,
  memo: ReadonlyMap<string, PostTimes> = new Map(),
): { posts: ParsedPost[]; comments: TimedComment[]; zone: ZoneChoice; memo: Map<string, PostTimes> } {
  if (options.timezone !== 'auto' && !isIanaZone(options.timezone)) {
    throw new RangeError(`Unexpected time zone ${options.timezone}, expected an IANA name such as America/Los_Angeles or auto`);
  }
  const postById = new Map(input.posts.map((p) => [p.post_id, p]));
  const seen = new Set<string>();
  const duplicated = new Set<string>();
  for (const p of input.posts) (seen.has(p.post_id) ? duplicated : seen).add(p.post_id);
  const published = new Map(input.posts.map((p) => [p.post_id, p.published_utc === null ? null : Date.parse(p.published_utc)]));
  const threads = groupByPost(input.comments);
  const reusable = (postId: string) => (duplicated.has(postId) ? undefined : memo.get(postId));
  const parsedCache = new Map<string, (ParsedDate | null)[]>();
  const parsedOf = (postId: string) => {
    let parsed = parsedCache.get(postId);
    if (!parsed) parsedCache.set(postId, (parsed = threads.get(postId)!.map((c) => (c.written_at === '' ? null : parseDateText(c.written_at)))));
    return parsed;
  };

  const tallies = new Map<string, ZoneTally | null>();
  let zone: ZoneChoice;
  if (options.timezone !== 'auto') {
    zone = { zone: options.timezone, source: 'option', evidence: `${options.timezone}: set by the \`timezone\` option` };
  } else {
    // Posts that declare their own zone say nothing about the others' zone.
    const samplesOf = (postId: string): ZoneSample[] => {
      const pub = published.get(postId);
      if (pub === null || pub === undefined || postById.get(postId)?.declared_timezone) return [];
      return parsedOf(postId).flatMap((date) => (date?.kind === 'local' ? [{ wall_ms: wallMillis(date), published_ms: pub }] : []));
    };
    for (const [postId, tally] of tallyPosts([...threads.keys()], (postId) => reusable(postId)?.tally, samplesOf)) tallies.set(postId, tally);
    const inferred = inferZoneFromTallies([...tallies.values()].filter((t) => t !== null));
    zone = { zone: inferred.zone, source: 'inferred', evidence: inferred.evidence };
  }
  const zoneOf = (postId: string) => postById.get(postId)?.declared_timezone || zone.zone;

  const out = new Map<string, PostTimes>();
  const toRead: string[] = [];
  for (const postId of threads.keys()) {
    const old = reusable(postId);
    if (old && old.zone === zoneOf(postId)) out.set(postId, old);
    else toRead.push(postId);
  }
  const offsetsByZone = tablesFor(toRead.map((postId) => ({ zone: zoneOf(postId), dates: parsedOf(postId), pub: published.get(postId) ?? null })));
  for (const postId of toRead) {
    const zoneName = zoneOf(postId);
    out.set(postId, readTimes(threads.get(postId)!, parsedOf(postId), zoneName, offsetsByZone.get(zoneName), published.get(postId) ?? null));
  }
  const memoOut = new Map<string, PostTimes>();
  for (const postId of threads.keys()) {
    const times = out.get(postId)!;
    diag.addAll(times.diagnostics);
    if (duplicated.has(postId)) continue;
    const tally = tallies.get(postId);
    // A reused memo keeps its identity, which tells the caller nothing changed.
    memoOut.set(postId, !tallies.has(postId) || times.tally === tally ? times : { ...times, tally });
  }
  const next = new Map<string, number>();
  const comments = input.comments.map((c): TimedComment => {
    const k = next.get(c.post_id) ?? 0;
    next.set(c.post_id, k + 1);
    const time = out.get(c.post_id)!.times[k]!;
    return time === null ? timedComment(c, null, null, null) : timedComment(c, time[0], time[1], time[2]);
  });
  const posts = input.posts.map((p) => ({ ...p, timezone: zoneOf(p.post_id) }));
  return { posts, comments, zone, memo: memoOut };
}

/**
 * Each post's zone tally: the stored one where there is one, else counted, with each zone scanned once over the
 * range the counted posts' tallies read (`tallyTables`).
 */
function tallyPosts(
  postIds: readonly string[],
  stored: (postId: string) => ZoneTally | null | undefined,
  samplesOf: (postId: string) => ZoneSample[],
): Map<string, ZoneTally | null> {
  const tallies = new Map<string, ZoneTally | null>();
  const toTally: [string, ZoneSample[]][] = [];
  for (const postId of postIds) {
    const old = stored(postId);
    if (old !== undefined) tallies.set(postId, old);
    else toTally.push([postId, samplesOf(postId)]);
  }
  const tables = tallyTables(toTally.map(([, samples]) => samples), zonesTried());
  for (const [postId, samples] of toTally) tallies.set(postId, tallyZones(samples, tables));
  return tallies;
}

/**
 * `c` with its times. Written out field by field: V8 copies an object spread (`{ ...c }`) of these records about 40
 * times slower, a tenth of a second per corpus stage on the archive.
 */
export function timedComment(c: RawComment, local_time: string | null, utc_offset: string | null, utc_time: string | null): TimedComment {
  return {
    comment_id: c.comment_id,
    post_id: c.post_id,
    position: c.position,
    author: c.author,
    written_at: c.written_at,
    is_post_author: c.is_post_author,
    word_count: c.word_count,
    text: c.text,
    source_file: c.source_file,
    source_line: c.source_line,
    date_line: c.date_line,
    body_line: c.body_line,
    local_time,
    utc_offset,
    utc_time,
  };
}

/** Reads one post's comment dates in `zoneName`. */
function readTimes(
  comments: readonly RawComment[],
  parsed: readonly (ParsedDate | null)[],
  zoneName: string,
  offsets: ZoneOffsets | undefined,
  pub: number | null,
): PostTimes {
  // A post with a readable date has a table for its zone.
  const diag = new Diagnostics();
  const times = comments.map((c, k): CommentTime => {
    const date = parsed[k]!;
    if (date === null) {
      if (c.written_at !== '') diag.report(c.source_file, c.date_line, 2, timeUnparseable(c.written_at, ACCEPTED_DATE_FORMS));
      return null;
    }
    let utc: number;
    let offset: number;
    if (date.kind === 'instant') {
      utc = Date.parse(date.utc);
      offset = offsets!.offsetAt(utc);
    } else {
      const r = offsets!.resolveWall(wallMillis(date));
      ({ utc, offset } = r);
      if (r.kind === 'gap') diag.report(c.source_file, c.date_line, 2, timeDstGap(c.written_at, zoneName, formatWall(utc + offset * MINUTE)));
      if (r.kind === 'ambiguous') diag.report(c.source_file, c.date_line, 2, timeDstAmbiguous(c.written_at, zoneName, formatOffset(offset)));
    }
    const utc_time = new Date(utc).toISOString();
    if (pub !== null && utc < pub) {
      diag.report(c.source_file, c.date_line, 2, timeBeforePost(utc_time, new Date(pub).toISOString(), zoneName));
    }
    return [formatWall(utc + offset * MINUTE), formatOffset(offset), utc_time];
  });
  return { zone: zoneName, times, diagnostics: diag.items };
}

/** The comments of each post, in input order. */
function groupByPost(comments: readonly RawComment[]): Map<string, RawComment[]> {
  const threads = new Map<string, RawComment[]>();
  for (const c of comments) {
    const list = threads.get(c.post_id);
    if (list) list.push(c);
    else threads.set(c.post_id, [c]);
  }
  return threads;
}

/** One offsets table per zone, over the range that zone's posts' dates and publication instants span. */
function tablesFor(posts: readonly { zone: string; dates: readonly (ParsedDate | null)[]; pub: number | null }[]): Map<string, ZoneOffsets> {
  const range = new Map<string, { lo: number; hi: number }>();
  for (const { zone, dates, pub } of posts) {
    for (const date of dates) {
      if (!date) continue;
      const t = date.kind === 'local' ? wallMillis(date) : Date.parse(date.utc);
      const p = pub ?? t;
      const r = range.get(zone) ?? { lo: Infinity, hi: -Infinity };
      range.set(zone, { lo: Math.min(r.lo, t, p), hi: Math.max(r.hi, t, p) });
    }
  }
  return new Map([...range].map(([zone, r]) => [zone, new ZoneOffsets(zone, r.lo, r.hi)]));
}
