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
  const selected = selectColumns(name, table);
  yield csvHeader(name);
  yield* csvRows(selected, 0, selected.numRows(), rowsPerChunk);
}

/** The header line of table `name`'s CSV. */
export function csvHeader(name: TableName): string {
  return TABLE_COLUMNS[name].join(',') + '\n';
}

/** Table `name` with exactly its documented columns, in order; a missing column is a bug. */
export function selectColumns(name: TableName, table: ColumnTable): ColumnTable {
  const columns = TABLE_COLUMNS[name];
  const missing = columns.filter((c) => !table.columnNames().includes(c));
  if (missing.length > 0) throw new Error(`table ${name} lacks columns ${missing.join(', ')}`);
  return table.select(...columns);
}

/** Yields rows `[start, end)` of `selected` (from `selectColumns`) as CSV lines without a header, `rowsPerChunk` at a time. */
export function* csvRows(selected: ColumnTable, start: number, end: number, rowsPerChunk = 25): Generator<string> {
  for (let at = start; at < end; at += rowsPerChunk) {
    yield aq.toCSV(selected, { offset: at, limit: Math.min(rowsPerChunk, end - at), header: false });
  }
}

/**
 * Builds a table from plain rows, keeping the documented column order even when there are no rows. `extra` columns
 * follow: later stages read them, the CSV (`selectColumns`) leaves them out.
 */
export function tableFromRows(name: TableName, rows: readonly object[], extra: readonly string[] = []): ColumnTable {
  const columns = [...TABLE_COLUMNS[name], ...extra];
  if (rows.length === 0) return aq.table(Object.fromEntries(columns.map((c) => [c, [] as unknown[]])));
  return aq.from(rows as object[]).select(...columns);
}
