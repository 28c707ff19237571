import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { rowViews } from '../../src/output/row-views.ts';
import { rowsOf } from '../../src/report/cells.ts';

describe('rowViews', () => {
  const table = aq.table({ id: ['a', 'b', 'c'], n: [3, 1, 2], row: [10, 20, 30] });

  it('reads each row’s cells from the columns, in table order', () => {
    const rows = rowViews(table);
    expect(rows.map((r) => [r.id, r.n, r.row])).toEqual([['a', 3, 10], ['b', 1, 20], ['c', 2, 30]]);
    expect(rows.map((r) => r.missing)).toEqual([undefined, undefined, undefined]);
  });

  it('follows an ordered or filtered table’s rows, like `objects()`', () => {
    const ordered = table.orderby('n');
    expect(rowViews(ordered).map((r) => r.id)).toEqual(ordered.objects().map((o) => (o as { id: string }).id));
    const filtered = table.filter((d: { n: number }) => d.n > 1);
    expect(rowViews(filtered).map((r) => ({ id: r.id, n: r.n, row: r.row }))).toEqual(filtered.objects());
  });

  it('gives no rows for an empty table, and the report none for a missing one', () => {
    expect(rowViews(table.filter(() => false))).toEqual([]);
    expect(rowsOf(undefined)).toEqual([]);
  });

  it('keeps the rows of two tables apart', () => {
    const other = aq.table({ id: ['x'], n: [9] });
    const [a] = rowViews(table);
    const [x] = rowViews(other);
    expect([a!.id, x!.id, x!.row]).toEqual(['a', 'x', undefined]);
  });
});
