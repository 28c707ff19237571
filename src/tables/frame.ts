import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';

// Expressions are written as strings: arquero parses their source, and bundlers rename imported `op`.

/** Returns a table of `rows` with exactly `columns` (undefined becomes null), so empty inputs still have a schema. */
export function tableOf<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[]): ColumnTable {
  const data: Record<string, unknown[]> = {};
  for (const c of columns) data[c] = rows.map((r) => (r[c] as unknown) ?? null);
  return aq.table(data);
}

/** Returns an arquero expression rounding column `col` to 4 decimals, with null for missing or NaN values. */
export function round4(col: string): string {
  return `d => d.${col} == null || op.is_nan(d.${col}) ? null : op.round(d.${col} * 10000) / 10000`;
}

/** Returns an arquero expression turning a missing count in column `col` (after a left join) into 0. */
export function zeroIfMissing(col: string): string {
  return `d => d.${col} == null ? 0 : d.${col}`;
}

/** Returns an arquero expression for the minutes from ISO time column `from` to `to`, null when either is missing. */
export function minutesBetween(from: string, to: string): string {
  return `d => d.${from} == null || d.${to} == null ? null : (op.timestamp(op.parse_date(d.${to})) - op.timestamp(op.parse_date(d.${from}))) / 60000`;
}

// Several tables read the timed comments of the same comment table; arquero tables are immutable, so one is shared.
const timedTables = new WeakMap<ColumnTable, ColumnTable>();

/** Comments with a local time, with `month` (`YYYY-MM`) and `local_date` (`YYYY-MM-DD`) derived from it. */
export function timedComments(comments: ColumnTable): ColumnTable {
  let timed = timedTables.get(comments);
  if (!timed) {
    timed = comments
      .filter('d => d.local_time != null')
      .derive({ month: 'd => op.substring(d.local_time, 0, 7)', local_date: 'd => op.substring(d.local_time, 0, 10)' });
    timedTables.set(comments, timed);
  }
  return timed;
}
