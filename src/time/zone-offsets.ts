import { tzOffset } from '@date-fns/tz';

const MINUTE = 60_000;
const QUARTER = 15 * MINUTE;
const DAY = 86_400_000;
// Offsets are sampled every two weeks; a change and its reversal within one step would be missed, which no zone has
// done since 2005 except during short Ramadan suspensions (Africa/Casablanca), not among the candidate zones.
const STEP = 14 * DAY;

/** How a wall-clock reading maps to an instant in a zone. */
export type WallResolution = {
  /** The instant, ms since epoch. */
  utc: number;
  /** The zone's offset at that instant, in minutes east of UTC. */
  offset: number;
  /** `gap`: the reading does not exist (spring forward), moved forward; `ambiguous`: it exists twice, the earlier is taken. */
  kind: 'exact' | 'gap' | 'ambiguous';
};

/**
 * A zone's UTC offsets over an interval, scanned once with `tzOffset`, so that each later lookup is a binary search
 * instead of an `Intl` call: zone inference converts every comment in ~40 zones. (`tzScan` probes every day and
 * hour of a changing month, several times the `Intl` calls of the bisection used here.)
 */
export class ZoneOffsets {
  /** Instants (ms) at which the offset changes, ascending. */
  private readonly changes: number[] = [];
  /** `offsets[i]` holds before `changes[i]`; the last holds after the last change. */
  private readonly offsets: number[];

  /** Scans `zone` between `startMs` and `endMs` (widened by two days on each side). */
  constructor(readonly zone: string, startMs: number, endMs: number) {
    const at = (q: number) => tzOffset(zone, new Date(q * QUARTER));
    // Work on a quarter-hour grid: every offset change since 1970 falls on a quarter hour.
    let q = Math.floor((startMs - 2 * DAY) / QUARTER);
    const last = Math.ceil((endMs + 2 * DAY) / QUARTER);
    let offset = at(q);
    this.offsets = [offset];
    while (q < last) {
      const next = Math.min(q + STEP / QUARTER, last);
      const nextOffset = at(next);
      // Bisect to the first quarter hour with a new offset; repeat in case the step held several changes.
      while (offset !== nextOffset) {
        let lo = q;
        let hi = next;
        while (hi - lo > 1) {
          const mid = (lo + hi) >> 1;
          if (at(mid) === offset) lo = mid;
          else hi = mid;
        }
        offset = at(hi);
        this.changes.push(hi * QUARTER);
        this.offsets.push(offset);
        q = hi;
      }
      q = next;
    }
  }

  /** Returns the offset in minutes east of UTC at instant `utcMs`. */
  offsetAt(utcMs: number): number {
    let lo = 0;
    let hi = this.changes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.changes[mid]! <= utcMs) lo = mid + 1;
      else hi = mid;
    }
    return this.offsets[lo]!;
  }

  /** Returns the instant a wall-clock reading (`wallMs`: the fields as if UTC) denotes in this zone. */
  resolveWall(wallMs: number): WallResolution {
    const before = this.offsetAt(wallMs - DAY);
    const after = this.offsetAt(wallMs + DAY);
    const fitsBefore = this.offsetAt(wallMs - before * MINUTE) === before;
    if (before === after) return { utc: wallMs - before * MINUTE, offset: before, kind: 'exact' };
    const fitsAfter = this.offsetAt(wallMs - after * MINUTE) === after;
    if (fitsBefore && fitsAfter) {
      const offset = Math.max(before, after);
      return { utc: wallMs - offset * MINUTE, offset, kind: 'ambiguous' };
    }
    if (fitsBefore) return { utc: wallMs - before * MINUTE, offset: before, kind: 'exact' };
    if (fitsAfter) return { utc: wallMs - after * MINUTE, offset: after, kind: 'exact' };
    // In the gap: read the wall time with the offset in force before the change, which lands past the gap.
    const utc = wallMs - before * MINUTE;
    return { utc, offset: this.offsetAt(utc), kind: 'gap' };
  }
}

/** Formats an offset in minutes as `+hh:mm` / `-hh:mm`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Formats wall-clock milliseconds as ISO without offset, `2011-02-04T20:28:00`. */
export function formatWall(wallMs: number): string {
  return new Date(wallMs).toISOString().slice(0, 19);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
