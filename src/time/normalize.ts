import type { Diagnostics } from '../diagnostics.ts';
import { timeBeforePost, timeDstAmbiguous, timeDstGap, timeUnparseable } from '../messages/time.ts';
import type { RawComment, TimedComment } from '../schema/comment.ts';
import { isIanaZone, type ParsedPost } from '../schema/post.ts';
import type { ParsedDate, TimeOptions, ZoneChoice } from '../schema/time.ts';
import { inferZone, type ZoneSample } from './infer-zone.ts';
import { ACCEPTED_DATE_FORMS, parseDateText, wallMillis } from './parse-date.ts';
import { formatOffset, formatWall, ZoneOffsets } from './zone-offsets.ts';

const MINUTE = 60_000;

/**
 * Normalizes comment times: each date line is parsed once, read in its post's zone (front-matter `timezone`, else
 * `options.timezone`, else, for `auto`, the zone inferred from all comments) and returned as `local_time`,
 * `utc_offset` and `utc_time`. An ISO date line with an offset is an instant; its `local_time` and `utc_offset`
 * are those of the post's zone at that instant, so a thread's local times stay on one clock.
 * Unreadable dates keep null times with an error; DST gaps, ambiguous times and comments before their post are noted.
 */
export function normalizeTimes(
  input: { posts: ParsedPost[]; comments: RawComment[] },
  options: TimeOptions,
  diag: Diagnostics,
): { posts: ParsedPost[]; comments: TimedComment[]; zone: ZoneChoice } {
  if (options.timezone !== 'auto' && !isIanaZone(options.timezone)) {
    throw new RangeError(`Unexpected time zone ${options.timezone}, expected an IANA name such as America/Los_Angeles or auto`);
  }
  const postById = new Map(input.posts.map((p) => [p.post_id, p]));
  const published = new Map(input.posts.map((p) => [p.post_id, p.published_utc === null ? null : Date.parse(p.published_utc)]));
  const parsed = input.comments.map((c) => (c.written_at === '' ? null : parseDateText(c.written_at)));

  const zone = chooseZone(input.comments, parsed, postById, published, options);
  const zoneOf = (postId: string) => postById.get(postId)?.declared_timezone || zone.zone;

  const offsetsByZone = tablesFor(input.comments, parsed, published, zoneOf);
  const comments = input.comments.map((c, k): TimedComment => {
    const date = parsed[k]!;
    if (date === null) {
      if (c.written_at !== '') diag.report(c.source_file, c.date_line, 2, timeUnparseable(c.written_at, ACCEPTED_DATE_FORMS));
      return { ...c, local_time: null, utc_offset: null, utc_time: null };
    }
    const zoneName = zoneOf(c.post_id);
    const offsets = offsetsByZone.get(zoneName)!;
    let utc: number;
    let offset: number;
    if (date.kind === 'instant') {
      utc = Date.parse(date.utc);
      offset = offsets.offsetAt(utc);
    } else {
      const r = offsets.resolveWall(wallMillis(date));
      ({ utc, offset } = r);
      if (r.kind === 'gap') diag.report(c.source_file, c.date_line, 2, timeDstGap(c.written_at, zoneName, formatWall(utc + offset * MINUTE)));
      if (r.kind === 'ambiguous') diag.report(c.source_file, c.date_line, 2, timeDstAmbiguous(c.written_at, zoneName, formatOffset(offset)));
    }
    const utc_time = new Date(utc).toISOString();
    const pub = published.get(c.post_id);
    if (pub !== undefined && pub !== null && utc < pub) {
      diag.report(c.source_file, c.date_line, 2, timeBeforePost(utc_time, new Date(pub).toISOString(), zoneName));
    }
    return { ...c, local_time: formatWall(utc + offset * MINUTE), utc_offset: formatOffset(offset), utc_time };
  });
  const posts = input.posts.map((p) => ({ ...p, timezone: zoneOf(p.post_id) }));
  return { posts, comments, zone };
}

function chooseZone(
  comments: readonly RawComment[],
  parsed: readonly (ParsedDate | null)[],
  postById: ReadonlyMap<string, ParsedPost>,
  published: ReadonlyMap<string, number | null>,
  options: TimeOptions,
): ZoneChoice {
  if (options.timezone !== 'auto') {
    return { zone: options.timezone, source: 'option', evidence: `${options.timezone}: set by the \`timezone\` option` };
  }
  // Posts that declare their own zone say nothing about the others' zone.
  const samples: ZoneSample[] = [];
  comments.forEach((c, k) => {
    const date = parsed[k];
    const pub = published.get(c.post_id);
    if (date?.kind !== 'local' || pub === null || pub === undefined || postById.get(c.post_id)?.declared_timezone) return;
    samples.push({ wall_ms: wallMillis(date), published_ms: pub });
  });
  const inferred = inferZone(samples);
  return { zone: inferred.zone, source: 'inferred', evidence: inferred.evidence };
}

function tablesFor(
  comments: readonly RawComment[],
  parsed: readonly (ParsedDate | null)[],
  published: ReadonlyMap<string, number | null>,
  zoneOf: (postId: string) => string,
): Map<string, ZoneOffsets> {
  const range = new Map<string, { lo: number; hi: number }>();
  comments.forEach((c, k) => {
    const date = parsed[k];
    if (!date) return;
    const t = date.kind === 'local' ? wallMillis(date) : Date.parse(date.utc);
    const pub = published.get(c.post_id) ?? t;
    const zone = zoneOf(c.post_id);
    const r = range.get(zone) ?? { lo: Infinity, hi: -Infinity };
    range.set(zone, { lo: Math.min(r.lo, t, pub), hi: Math.max(r.hi, t, pub) });
  });
  return new Map([...range].map(([zone, r]) => [zone, new ZoneOffsets(zone, r.lo, r.hi)]));
}
