import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { TABLE_COLUMNS, type TableName } from './columns.ts';

/** Formats output table `name` as CSV with exactly its documented columns, in order; a missing column is a bug. */
export function formatTable(name: TableName, table: ColumnTable): string {
  return [...csvChunks(name, table)].join('');
}

/**
 * Yields the CSV of table `name` in pieces of `rowsPerChunk` rows (header first). Small pieces are small strings,
 * which V8 makes in the young generation's reused memory; a piece of thousands of rows is a large object in fresh
 * memory, and writing the archive's tables took three times as long that way.
 */
export function* csvChunks(name: TableName, table: ColumnTable, rowsPerChunk = 25): Generator<string> {
  const columns = TABLE_COLUMNS[name];
  const missing = columns.filter((c) => !table.columnNames().includes(c));
  if (missing.length > 0) throw new Error(`table ${name} lacks columns ${missing.join(', ')}`);
  const selected = table.select(...columns);
  const rows = selected.numRows();
  if (rows === 0) {
    yield columns.join(',') + '\n';
    return;
  }
  for (let start = 0; start < rows; start += rowsPerChunk) {
    yield aq.toCSV(selected, { offset: start, limit: rowsPerChunk, header: start === 0 });
  }
}

/** Builds a table from plain rows, keeping the documented column order even when there are no rows. */
export function tableFromRows(name: TableName, rows: readonly object[]): ColumnTable {
  const columns = TABLE_COLUMNS[name];
  if (rows.length === 0) return aq.table(Object.fromEntries(columns.map((c) => [c, [] as unknown[]])));
  return aq.from(rows as object[]).select(...columns);
}
