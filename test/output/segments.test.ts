import { describe, expect, it } from 'vitest';
import { planCsv } from '../../src/output/segments.ts';

describe('planCsv', () => {
  const previous = { files: ['a', 'b', 'c'], lengths: [10, 0, 7], headerBytes: 5 };

  it('copies a kept record from its place in the previous file and formats the rest, rows counted in record order', () => {
    const keep = new Set(['a', 'c']);
    expect(planCsv(['a', 'new', 'c'], [2, 3, 1], (f) => keep.has(f), previous)).toEqual([
      { record: 0, copy: [5, 15] },
      { record: 1, rows: [2, 5] },
      { record: 2, copy: [15, 22] },
    ]);
  });

  it('formats a record that is not kept, or that the previous file does not hold, and everything without a previous file', () => {
    expect(planCsv(['b', 'd'], [4, 1], () => true, previous)).toEqual([
      { record: 0, copy: [15, 15] },
      { record: 1, rows: [4, 5] },
    ]);
    expect(planCsv(['a', 'c'], [2, 1], () => false, previous)).toEqual([
      { record: 0, rows: [0, 2] },
      { record: 1, rows: [2, 3] },
    ]);
    expect(planCsv(['a'], [2], () => true, null)).toEqual([{ record: 0, rows: [0, 2] }]);
  });

  it('refuses row counts that do not match the records', () => {
    expect(() => planCsv(['a', 'b'], [1], () => true, null)).toThrow(/1 row counts for 2 records/);
  });
});
