import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/report/cells.ts';

describe('rowsOf', () => {
  const table = aq.table({ id: ['a', 'b', 'c'], n: [3, 1, 2], row: [10, 20, 30] });

  it('reads each row’s cells from the columns, in table order', () => {
    const rows = rowsOf(table);
    expect(rows.map((r) => [r.id, r.n, r.row])).toEqual([['a', 3, 10], ['b', 1, 20], ['c', 2, 30]]);
    expect(rows.map((r) => r.missing)).toEqual([undefined, undefined, undefined]);
  });

  it('follows an ordered or filtered table’s rows, like `objects()`', () => {
    const ordered = table.orderby('n');
    expect(rowsOf(ordered).map((r) => r.id)).toEqual(ordered.objects().map((o) => o.id));
    const filtered = table.filter((d: { n: number }) => d.n > 1);
    expect(rowsOf(filtered).map((r) => ({ id: r.id, n: r.n, row: r.row }))).toEqual(filtered.objects());
  });

  it('gives no rows for a missing or empty table', () => {
    expect(rowsOf(undefined)).toEqual([]);
    expect(rowsOf(table.filter(() => false))).toEqual([]);
  });

  it('keeps the rows of two tables apart', () => {
    const other = aq.table({ id: ['x'], n: [9] });
    const [a] = rowsOf(table);
    const [x] = rowsOf(other);
    expect([a!.id, x!.id, x!.row]).toEqual(['a', 'x', undefined]);
  });
});
