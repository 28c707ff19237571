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
 * Returns the candidate zone that puts the fewest comments before their post (a comment cannot precede its post);
 * among zones within `inferenceTolerance` of that minimum, the one nearest UTC, then the alphabetically first.
 * Zones further west always put fewer comments early, so the tolerance is what stops the search at the true zone.
 */
export function inferZone(samples: readonly ZoneSample[], candidates: readonly string[] = CANDIDATE_ZONES): ZoneInference {
  const total = samples.length;
  if (total === 0) {
    return { zone: 'UTC', before: 0, total: 0, utcBefore: 0, evidence: 'UTC: no comment has both a readable date and a post date to infer a zone from' };
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of samples) {
    lo = Math.min(lo, s.wall_ms, s.published_ms);
    hi = Math.max(hi, s.wall_ms, s.published_ms);
  }
  const pivot = median(samples.map((s) => s.published_ms));
  // Every zone's offset lies within a day of UTC, so a comment more than a day after (before) its post is after
  // (before) it in every zone: only the comments within a day of their post tell zones apart.
  let alwaysBefore = 0;
  const close: ZoneSample[] = [];
  for (const s of samples) {
    if (s.wall_ms < s.published_ms - DAY) alwaysBefore++;
    else if (s.wall_ms <= s.published_ms + DAY) close.push(s);
  }
  const scored = [...new Set([...candidates, 'UTC'])].map((zone) => {
    const offsets = new ZoneOffsets(zone, lo, hi);
    let before = alwaysBefore;
    for (const s of close) if (offsets.resolveWall(s.wall_ms).utc < s.published_ms) before++;
    const distance = (Math.abs(offsets.offsetAt(pivot)) + Math.abs(offsets.offsetAt(pivot + HALF_YEAR))) / 2;
    return { zone, before, distance };
  });
  const best = Math.min(...scored.map((s) => s.before));
  const tolerance = inferenceTolerance(total);
  const chosen = scored
    .filter((s) => s.before <= best + tolerance)
    .sort((a, b) => a.distance - b.distance || (a.zone < b.zone ? -1 : a.zone > b.zone ? 1 : 0))[0]!;
  const utcBefore = scored.find((s) => s.zone === 'UTC')!.before;
  const n = (x: number) => x.toLocaleString('en-US');
  const evidence =
    `${chosen.zone}: ${n(chosen.before)} of ${n(total)} comments precede their post; UTC would put ${n(utcBefore)} before ` +
    `(fewest over ${scored.length} zones: ${n(best)}, tolerance ${n(tolerance)})`;
  return { zone: chosen.zone, before: chosen.before, total, utcBefore, evidence };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
