import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inferenceTolerance, inferZone, tallyRange, tallyTables, tallyZones, zonesTried, type ZoneSample } from '../../src/time/infer-zone.ts';
import { ZoneOffsets } from '../../src/time/zone-offsets.ts';

const MINUTE = 60_000;
const la = new ZoneOffsets('America/Los_Angeles', Date.UTC(2010, 0, 1), Date.UTC(2012, 0, 1));

// Posts every ~4 days through 2011; each gets a comment `delay` minutes later, written as a Los Angeles wall time.
function samplesInLosAngeles(delays: (i: number) => number, n = 90): ZoneSample[] {
  return Array.from({ length: n }, (_, i) => {
    const published_ms = Date.UTC(2011, 0, 1) + i * 4 * 86_400_000 + (i % 24) * 3_600_000;
    const at = published_ms + delays(i) * MINUTE;
    return { wall_ms: at + la.offsetAt(at) * MINUTE, published_ms };
  });
}

describe('inferZone', () => {
  it('finds Los Angeles from comments written soon after their posts', () => {
    const r = inferZone(samplesInLosAngeles((i) => 5 + (i % 80)));
    expect(r.zone).toBe('America/Los_Angeles');
    expect(r.before).toBe(0);
    expect(r.total).toBe(90);
    expect(r.utcBefore).toBe(90);
  });
  it('counts what UTC would put before the posts when comments are read as UTC', () => {
    // Comments written in LA 5..84 minutes after the post look 7-8 hours early when read as UTC.
    const r = inferZone(samplesInLosAngeles((i) => 5 + (i % 80)), ['UTC', 'America/Los_Angeles']);
    expect(r.zone).toBe('America/Los_Angeles');
    expect(r.evidence).toBe('America/Los_Angeles: 0 of 90 comments precede their post; UTC would put 90 before (fewest over 2 zones: 0, tolerance 2)');
  });
  it('prefers the zone nearest UTC when comments come days later and every zone fits', () => {
    const r = inferZone(samplesInLosAngeles(() => 3 * 24 * 60));
    expect(r.zone).toBe('UTC');
  });
  it('prefers UTC itself to a zone that is UTC at the time (Azores in summer) when nothing tells them apart', () => {
    const published_ms = Date.UTC(2012, 5, 10, 16);
    const samples = [1, 2, 3].map((days) => ({ wall_ms: published_ms + days * 86_400_000, published_ms }));
    expect(inferZone(samples).zone).toBe('UTC');
  });
  it('breaks ties between zones with the same offsets alphabetically', () => {
    const r = inferZone(samplesInLosAngeles((i) => 5 + (i % 80)), ['America/Tijuana', 'America/Los_Angeles']);
    expect(r.zone).toBe('America/Los_Angeles');
  });
  it('tolerates a few comments before their post (republished posts), but not many', () => {
    const samples = samplesInLosAngeles((i) => (i < 2 ? -600 : 5 + (i % 50)));
    const r = inferZone(samples);
    expect(r.zone).toBe('America/Los_Angeles');
    expect(r.before).toBe(2);
  });
  it('answers UTC with an explanation when there is nothing to infer from', () => {
    expect(inferZone([])).toMatchObject({ zone: 'UTC', total: 0 });
  });
});

describe('inferenceTolerance', () => {
  it('is max(2, 0.1% of comments)', () => {
    expect([inferenceTolerance(100), inferenceTolerance(12_187)]).toEqual([2, 13]);
  });
});

describe('inferZone counting', () => {
  it('counts every comment, those days away from their post included, as converting each in the zone would', () => {
    // Delays from two days before to three days after the post, so some comments are close and some far.
    const sample = fc.record({ published: fc.integer({ min: 0, max: 2 * 365 * 24 }), delay: fc.integer({ min: -48 * 60, max: 72 * 60 }) });
    fc.assert(
      fc.property(fc.array(sample, { minLength: 1, maxLength: 60 }), (raw) => {
        const samples = raw.map(({ published, delay }) => {
          const published_ms = Date.UTC(2010, 0, 1) + published * 3_600_000;
          return { wall_ms: published_ms + delay * MINUTE, published_ms };
        });
        const r = inferZone(samples, ['America/Los_Angeles', 'Europe/Paris']);
        let lo = Infinity;
        let hi = -Infinity;
        for (const s of samples) (lo = Math.min(lo, s.wall_ms, s.published_ms)), (hi = Math.max(hi, s.wall_ms, s.published_ms));
        const count = (zone: string) => {
          const z = new ZoneOffsets(zone, lo, hi);
          return samples.filter((s) => z.resolveWall(s.wall_ms).utc < s.published_ms).length;
        };
        expect(r.before).toBe(count(r.zone));
        expect(r.utcBefore).toBe(samples.filter((s) => s.wall_ms < s.published_ms).length);
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});

describe('tallyRange', () => {
  const zones = zonesTried();
  // Tables over the whole archive's years, as a full run scans them.
  const wide = zones.map((z) => new ZoneOffsets(z, Date.UTC(2005, 0, 1), Date.UTC(2025, 11, 31)));
  const HOUR = 3_600_000;

  it('covers only the readings within a day of their post', () => {
    const pub = Date.UTC(2011, 2, 13, 9);
    const samples = [pub - 3 * 24 * HOUR, pub + 5 * HOUR, pub - 20 * HOUR, pub + 400 * 24 * HOUR].map((wall_ms) => ({ wall_ms, published_ms: pub }));
    expect(tallyRange([samples])).toEqual({ lo: pub - 20 * HOUR, hi: pub + 5 * HOUR });
    expect(tallyRange([[{ wall_ms: pub + 90 * 24 * HOUR, published_ms: pub }]])).toEqual({ lo: Infinity, hi: -Infinity });
  });

  it('gives one post the same tally from tables over its range as from tables over every year (DST weeks included)', () => {
    // Posts near spring-forward and fall-back weekends of several hemispheres, comments from a day before to years after.
    const post = fc.record({
      year: fc.integer({ min: 2006, max: 2024 }),
      month: fc.constantFrom(2, 3, 3, 9, 10, 10),
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.integer({ min: 0, max: 23 }),
      offsets: fc.array(fc.oneof(fc.integer({ min: -26 * 60, max: 26 * 60 }), fc.integer({ min: 0, max: 3 * 365 * 24 * 60 })), { minLength: 1, maxLength: 12 }),
    });
    fc.assert(
      fc.property(post, ({ year, month, day, hour, offsets }) => {
        const published_ms = Date.UTC(year, month, day, hour);
        const samples = offsets.map((m) => ({ wall_ms: published_ms + m * MINUTE, published_ms }));
        expect(tallyZones(samples, tallyTables([samples], zones))).toEqual(tallyZones(samples, wide));
      }),
      { numRuns: 60, seed: 8 },
    );
  });
});
