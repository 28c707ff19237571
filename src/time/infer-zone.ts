import { z } from 'zod';
import type { ZoneInference } from '../schema/time.ts';
import { ZoneOffsets } from './zone-offsets.ts';

/** Zones tried by `--timezone auto`: one or two per offset from -12:00 to +14:00, half and quarter hours included. */
export const CANDIDATE_ZONES: readonly string[] = [
  'Etc/GMT+12', 'Pacific/Pago_Pago', 'Pacific/Honolulu', 'Pacific/Marquesas', 'America/Anchorage',
  'America/Los_Angeles', 'America/Phoenix', 'America/Denver', 'America/Chicago', 'America/Mexico_City',
  'America/New_York', 'America/Halifax', 'America/Caracas', 'America/St_Johns', 'America/Sao_Paulo',
  'America/Argentina/Buenos_Aires', 'America/Noronha', 'Atlantic/Azores', 'UTC', 'Europe/London', 'Europe/Paris',
  'Africa/Lagos', 'Europe/Athens', 'Africa/Johannesburg', 'Europe/Moscow', 'Asia/Tehran', 'Asia/Dubai',
  'Asia/Kabul', 'Asia/Karachi', 'Asia/Kolkata', 'Asia/Kathmandu', 'Asia/Dhaka', 'Asia/Yangon', 'Asia/Bangkok',
  'Asia/Shanghai', 'Australia/Eucla', 'Asia/Tokyo', 'Australia/Adelaide', 'Australia/Darwin', 'Australia/Sydney',
  'Australia/Brisbane', 'Australia/Lord_Howe', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Chatham',
  'Pacific/Tongatapu', 'Pacific/Kiritimati',
];

/** One comment for inference: its wall-clock reading and its post's publication instant, both in ms. */
export type ZoneSample = { wall_ms: number; published_ms: number };

const DAY = 86_400_000;
const HALF_YEAR = 182 * DAY;

/** Zones within this many comments of the best count are treated as equally plausible: max(2, 0.1% of comments). */
export function inferenceTolerance(total: number): number {
  return Math.max(2, Math.ceil(total * 0.001));
}

/**
 * One post's share of the zone inference: for each zone (in `zonesTried` order), how many of its comments the zone
 * puts before the post, and what the choice among zones needs besides (sample count, publication instant, latest
 * instant).
 * Tallies add up, so a rerun recounts only the posts that changed.
 */
export const ZoneTally = z.object({
  samples: z.number().int().min(1),
  published_ms: z.number(),
  hi: z.number(),
  before: z.array(z.number().int().min(0)),
});
export type ZoneTally = z.infer<typeof ZoneTally>;

/** The zones `inferZone` scores: the candidates and UTC, once each. */
export function zonesTried(candidates: readonly string[] = CANDIDATE_ZONES): string[] {
  return [...new Set([...candidates, 'UTC'])];
}

/** The time range (ms) that the samples' wall readings and publication instants span. */
export function sampleRange(samples: readonly ZoneSample[]): { lo: number; hi: number } {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of samples) {
    lo = Math.min(lo, s.wall_ms, s.published_ms);
    hi = Math.max(hi, s.wall_ms, s.published_ms);
  }
  return { lo, hi };
}

/**
 * The range `tallyZones` needs its tables to cover for `groups` (each one post's samples): the wall readings within a
 * day of their post, the only ones it resolves. For the few posts of a rerun this is days, not the years their
 * comments span. `lo > hi` when there are none.
 */
export function tallyRange(groups: readonly (readonly ZoneSample[])[]): { lo: number; hi: number } {
  let lo = Infinity;
  let hi = -Infinity;
  for (const samples of groups) {
    for (const s of samples) {
      if (s.wall_ms < s.published_ms - DAY || s.wall_ms > s.published_ms + DAY) continue;
      lo = Math.min(lo, s.wall_ms);
      hi = Math.max(hi, s.wall_ms);
    }
  }
  return { lo, hi };
}

/**
 * The tables `tallyZones` needs for `groups`: one per zone of `zones`, over `tallyRange(groups)`; `null` for each when
 * no reading is that close (the tables are then never read, and a zone's first scan costs an `Intl` formatter); none
 * when there is no sample at all.
 */
export function tallyTables(groups: readonly (readonly ZoneSample[])[], zones: readonly string[]): (ZoneOffsets | null)[] {
  if (groups.every((g) => g.length === 0)) return [];
  const { lo, hi } = tallyRange(groups);
  return zones.map((zone) => (lo > hi ? null : new ZoneOffsets(zone, lo, hi)));
}

/**
 * Tallies samples that share one publication instant (one post's comments). `tables` holds each zone of `zonesTried`
 * as `tallyTables` makes them for these samples (or more). Returns null for no samples.
 */
export function tallyZones(samples: readonly ZoneSample[], tables: readonly (ZoneOffsets | null)[]): ZoneTally | null {
  if (samples.length === 0) return null;
  const published_ms = samples[0]!.published_ms;
  // Every zone's offset lies within a day of UTC, so a comment more than a day after (before) its post is after
  // (before) it in every zone: only the comments within a day of their post tell zones apart.
  let alwaysBefore = 0;
  const close: number[] = [];
  for (const s of samples) {
    if (s.wall_ms < published_ms - DAY) alwaysBefore++;
    else if (s.wall_ms <= published_ms + DAY) close.push(s.wall_ms);
  }
  const before = tables.map((offsets) => {
    let n = alwaysBefore;
    for (const wall of close) if (offsets!.resolveWall(wall).utc < published_ms) n++;
    return n;
  });
  return { samples: samples.length, published_ms, hi: sampleRange(samples).hi, before };
}

/**
 * Returns the candidate zone that puts the fewest comments before their post (a comment cannot precede its post);
 * among zones within `inferenceTolerance` of that minimum, the one nearest UTC, then UTC itself (a zone that is UTC
 * at the time, such as `Atlantic/Azores` in summer, tells nothing more), then the alphabetically first.
 * Zones further west always put fewer comments early, so the tolerance is what stops the search at the true zone.
 */
export function inferZone(samples: readonly ZoneSample[], candidates: readonly string[] = CANDIDATE_ZONES): ZoneInference {
  const zones = zonesTried(candidates);
  const byPost = new Map<number, ZoneSample[]>();
  for (const s of samples) {
    const list = byPost.get(s.published_ms);
    if (list) list.push(s);
    else byPost.set(s.published_ms, [s]);
  }
  const tables = tallyTables([...byPost.values()], zones);
  return inferZoneFromTallies([...byPost.values()].map((group) => tallyZones(group, tables)!), candidates);
}

/** `inferZone` from per-post tallies (made with the same `candidates`). */
export function inferZoneFromTallies(tallies: readonly ZoneTally[], candidates: readonly string[] = CANDIDATE_ZONES): ZoneInference {
  const total = tallies.reduce((n, t) => n + t.samples, 0);
  if (total === 0) {
    return { zone: 'UTC', before: 0, total: 0, utcBefore: 0, evidence: 'UTC: no comment has both a readable date and a post date to infer a zone from' };
  }
  const zones = zonesTried(candidates);
  const hi = Math.max(...tallies.map((t) => t.hi));
  const pivot = weightedMedian(tallies);
  const scored = zones.map((zone, z) => ({ zone, before: tallies.reduce((n, t) => n + t.before[z]!, 0) }));
  const best = Math.min(...scored.map((s) => s.before));
  const tolerance = inferenceTolerance(total);
  // Only the zones within the tolerance need their distance from UTC: scanning a zone first costs an `Intl` formatter.
  const chosen = scored
    .filter((s) => s.before <= best + tolerance)
    .map((s) => {
      // The offsets half a year apart, from a table that ends where one over all samples would (`offsetAt` holds the
      // last scanned offset past its end).
      const offsets = new ZoneOffsets(s.zone, pivot, Math.min(pivot + HALF_YEAR, hi));
      return { ...s, distance: (Math.abs(offsets.offsetAt(pivot)) + Math.abs(offsets.offsetAt(pivot + HALF_YEAR))) / 2 };
    })
    .sort((a, b) => a.distance - b.distance || Number(b.zone === 'UTC') - Number(a.zone === 'UTC') || (a.zone < b.zone ? -1 : a.zone > b.zone ? 1 : 0))[0]!;
  const utcBefore = scored.find((s) => s.zone === 'UTC')!.before;
  const n = (x: number) => x.toLocaleString('en-US');
  const evidence =
    `${chosen.zone}: ${n(chosen.before)} of ${n(total)} comments precede their post; UTC would put ${n(utcBefore)} before ` +
    `(fewest over ${scored.length} zones: ${n(best)}, tolerance ${n(tolerance)})`;
  return { zone: chosen.zone, before: chosen.before, total, utcBefore, evidence };
}

/** The publication instant of the middle sample (the upper middle for an even count), as a sorted list of all would give. */
function weightedMedian(tallies: readonly ZoneTally[]): number {
  const sorted = [...tallies].sort((a, b) => a.published_ms - b.published_ms);
  const middle = Math.floor(sorted.reduce((n, t) => n + t.samples, 0) / 2);
  let seen = 0;
  for (const t of sorted) {
    seen += t.samples;
    if (seen > middle) return t.published_ms;
  }
  return sorted.at(-1)!.published_ms;
}
