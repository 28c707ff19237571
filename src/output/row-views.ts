import type { ColumnTable } from 'arquero';

/**
 * Returns the rows of `table` as views: a view holds its row's index and reads each cell from the table's column when
 * asked for, so a million rows cost a million indexes, not a million copies of their cells. A view reads like a plain
 * object (`row.name`), but its cells are properties of its prototype, not its own keys: spread or `Object.keys` of a
 * view sees none. Rows follow the table's order and filter, as `table.objects()` does.
 */
export function rowViews(table: ColumnTable): Record<string, unknown>[] {
  const indices = table.isFiltered() || table.isOrdered() ? table.indices() : null;
  class View {
    readonly [ROW]: number;
    constructor(row: number) {
      this[ROW] = row;
    }
  }
  for (const name of table.columnNames()) {
    const column = table.column(name)!;
    Object.defineProperty(View.prototype, name, { get(this: View) { return column.at(this[ROW]); }, enumerable: true });
  }
  const rows = new Array<Record<string, unknown>>(table.numRows());
  for (let i = 0; i < rows.length; i++) rows[i] = new View(indices ? indices[i]! : i) as unknown as Record<string, unknown>;
  if (indices === null) Object.defineProperty(rows, TABLE, { value: table });
  return rows;
}

/**
 * The table whose rows `rows` are, when `rows` is the very array `rowViews` returned for a table in its own order
 * (not a copy, a slice or a filter of it): a reader that wants columns can take them from there instead of reading
 * every view. Null for any other array.
 */
export function viewedTable(rows: readonly object[]): ColumnTable | null {
  return (rows as { [TABLE]?: ColumnTable })[TABLE] ?? null;
}

const ROW = Symbol('row');
const TABLE = Symbol('table');
