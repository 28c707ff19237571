import { describe, expect, it } from 'vitest';
import { formatOffset, formatWall, ZoneOffsets } from '../../src/time/zone-offsets.ts';

const la = new ZoneOffsets('America/Los_Angeles', Date.UTC(2011, 0, 1), Date.UTC(2012, 0, 1));
const iso = (ms: number) => new Date(ms).toISOString();

describe('ZoneOffsets', () => {
  it('reads a winter wall time at -08:00', () => {
    const r = la.resolveWall(Date.UTC(2011, 1, 4, 20, 28));
    expect([iso(r.utc), r.offset, r.kind]).toEqual(['2011-02-05T04:28:00.000Z', -480, 'exact']);
  });
  it('moves a time in the spring-forward gap forward (02:30 -> 03:30 PDT)', () => {
    const r = la.resolveWall(Date.UTC(2011, 2, 13, 2, 30));
    expect([iso(r.utc), r.offset, r.kind]).toEqual(['2011-03-13T10:30:00.000Z', -420, 'gap']);
    expect(formatWall(r.utc + r.offset * 60_000)).toBe('2011-03-13T03:30:00');
  });
  it('takes the earlier instant of an ambiguous fall-back time', () => {
    const r = la.resolveWall(Date.UTC(2011, 10, 6, 1, 30));
    expect([iso(r.utc), r.offset, r.kind]).toEqual(['2011-11-06T08:30:00.000Z', -420, 'ambiguous']);
  });
  it('is exact just outside the changes', () => {
    expect(la.resolveWall(Date.UTC(2011, 2, 13, 3, 0)).kind).toBe('exact');
    expect(la.resolveWall(Date.UTC(2011, 10, 6, 2, 0))).toMatchObject({ offset: -480, kind: 'exact' });
  });
  it('finds half-hour changes (Australia/Lord_Howe)', () => {
    const lh = new ZoneOffsets('Australia/Lord_Howe', Date.UTC(2011, 0, 1), Date.UTC(2012, 0, 1));
    expect(lh.offsetAt(Date.UTC(2011, 9, 1, 15, 29))).toBe(630);
    expect(lh.offsetAt(Date.UTC(2011, 9, 1, 15, 30))).toBe(660);
  });
});

describe('formatOffset', () => {
  it('formats negative, positive and quarter-hour offsets', () => {
    expect([formatOffset(-480), formatOffset(0), formatOffset(345), formatOffset(-210)]).toEqual(['-08:00', '+00:00', '+05:45', '-03:30']);
  });
});
