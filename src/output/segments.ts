/**
 * Record tables: the output tables whose rows come record by record, in record order (each post's rows together).
 * A rerun copies the rows of a record it did not touch from the previous run's file instead of formatting them again;
 * this module plans which rows are copied and which formatted.
 */
import type { TableName } from './columns.ts';

/** The record tables, in the order they are written. */
export const RECORD_TABLES = ['comments', 'remedy_mentions', 'sentences', 'links', 'replies'] as const satisfies readonly TableName[];
/** The name of a record table. */
export type RecordTable = (typeof RECORD_TABLES)[number];

/** Where each record's rows sit in the record tables' CSV files: their byte lengths, per record in `files` order. */
export interface CsvIndex {
  files: string[];
  lengths: Record<RecordTable, number[]>;
}

/** A record's part of a table's CSV: bytes `[start, end)` of the previous file, or rows `[start, end)` of the new table. */
export type CsvPiece = { record: number; copy: readonly [number, number] } | { record: number; rows: readonly [number, number] };

/**
 * Plans a record table's CSV after its header: for each record (`files`, with `rowCounts` rows each), a copy of its
 * bytes in the previous file when `keep(file)` says its rows are unchanged and `previous` (the previous file's index:
 * its records, their byte lengths, and its header's byte length) holds it, else its rows to format.
 */
export function planCsv(
  files: readonly string[],
  rowCounts: readonly number[],
  keep: (file: string) => boolean,
  previous: { files: readonly string[]; lengths: readonly number[]; headerBytes: number } | null,
): CsvPiece[] {
  if (rowCounts.length !== files.length) throw new Error(`planCsv: ${rowCounts.length} row counts for ${files.length} records`);
  const spans = new Map<string, readonly [number, number]>();
  if (previous !== null) {
    let at = previous.headerBytes;
    previous.files.forEach((f, i) => {
      const length = previous.lengths[i]!;
      spans.set(f, [at, at + length]);
      at += length;
    });
  }
  const pieces: CsvPiece[] = [];
  let row = 0;
  files.forEach((file, record) => {
    const span = keep(file) ? spans.get(file) : undefined;
    pieces.push(span ? { record, copy: span } : { record, rows: [row, row + rowCounts[record]!] });
    row += rowCounts[record]!;
  });
  return pieces;
}
