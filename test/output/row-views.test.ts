import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { rowViews, viewedTable } from '../../src/output/row-views.ts';
import { commentTable } from '../../src/tables/base.ts';
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

  it('names the table of its own array of views, and of nothing else', () => {
    const rows = rowViews(table);
    expect(viewedTable(rows)).toBe(table);
    expect(viewedTable(rows.slice())).toBeNull();
    expect(viewedTable(rows.filter(() => true))).toBeNull();
    expect(viewedTable(rowViews(table.orderby('n')))).toBeNull();
    expect(viewedTable([{ id: 'a' }])).toBeNull();
  });

  it('lets the tables take comment columns from the viewed table, with the same cells as reading each view', () => {
    const comments = aq.table({
      comment_id: ['c1', 'c2'], post_id: ['p', 'p'], author_key: ['ann', 'bob'], is_post_author: [false, true], local_time: ['2011-02-04T20:28:00', null],
      utc_time: ['2011-02-05T01:28:00Z', null], sentiment_score: [0.5, null], sentiment_label: ['positive', null], text: ['hi', 'yo'],
    });
    const views = rowViews(comments) as never[];
    const fromTable = commentTable({ comments: views });
    const fromRows = commentTable({ comments: views.slice() });
    expect(fromTable.columnNames()).toEqual(fromRows.columnNames());
    expect(fromTable.objects()).toEqual(fromRows.objects());
    expect(fromTable.columnNames()).not.toContain('text');
  });
});
