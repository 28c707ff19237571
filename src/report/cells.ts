import type { ColumnTable } from 'arquero';
import { rowViews } from '../output/row-views.ts';

/** One table row as read from CSV: arquero may have typed cells as numbers, booleans, Dates or null. */
export type Row = Record<string, unknown>;

/**
 * Returns the rows of `table`, or `[]` when the table is missing: views over its columns (`rowViews`), not copies (a
 * million comments' rows as copies held about 0.7 GB during the report).
 */
export function rowsOf(table: ColumnTable | undefined): Row[] {
  if (!table || table.numRows() === 0) return [];
  return rowViews(table);
}

/** Returns a cell as text: Dates as ISO UTC strings, null and undefined as ''. */
export function str(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  return String(value);
}

/** Returns a cell as a finite number, or null when it is empty or not a number. */
export function num(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

/** Returns a cell as a boolean: true, 'true', 1, '1', 'yes' are true. */
export function bool(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  return value === 1 || /^(true|1|yes)$/i.test(str(value));
}

/** Returns the `YYYY-MM` month of a timestamp or month cell, or '' when it has none. */
export function monthOf(value: unknown): string {
  const s = str(value);
  return MONTH_START.test(s) ? s.slice(0, 7) : '';
}

/** Returns the `YYYY` year of a timestamp cell, or '' when it has none. */
export function yearOf(value: unknown): string {
  const s = str(value);
  return MONTH_START.test(s) ? s.slice(0, 4) : '';
}

const MONTH_START = /^\d{4}-\d{2}/;

/** Returns `n` rounded to `digits` decimals (stable output for specs). */
export function round(n: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Returns `n` with thousands separators, independent of the machine's locale. */
export function formatInt(n: number): string {
  const s = String(Math.round(Math.abs(n)));
  return (n < 0 ? '-' : '') + s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Counts rows by a key; returns entries sorted by count descending, then key ascending. */
export function countBy<T>(items: readonly T[], key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
}

/** Compares two strings by code unit (locale-independent, for deterministic output). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Returns the median of `values` (sorted copy), or null when empty. */
export function median(values: readonly number[]): number | null {
  return quantile(values, 0.5);
}

/** Returns the `q` quantile (linear interpolation) of `values`, or null when empty. */
export function quantile(values: readonly number[], q: number): number | null {
  return sortedQuantile([...values].sort((a, b) => a - b), q);
}

/** `quantile` of values already sorted ascending (several quantiles of one list need one sort). */
export function sortedQuantile(s: readonly number[], q: number): number | null {
  if (s.length === 0) return null;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = s[lo] ?? 0;
  const b = s[hi] ?? a;
  return a + (b - a) * (pos - lo);
}
