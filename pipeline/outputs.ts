/** Stages a run's outputs: the CSV tables in `--derived`, the report and its specs in `--report`. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { ColumnTable } from 'arquero';
import type { Change } from '../src/changes/diff.ts';
import type { CorpusResult } from '../src/corpus/assemble.ts';
import { TABLE_COLUMNS, type TableName } from '../src/output/columns.ts';
import { csvChunks, csvHeader, csvRows, selectColumns, tableFromRows } from '../src/output/csv.ts';
import { planCsv, RECORD_TABLES, type CsvIndex, type CsvPiece, type RecordTable } from '../src/output/segments.ts';
import { buildReport, renderChangesSection, spliceChangesSection } from '../src/report/build.ts';
import type { Diagnostic } from '../src/schema/diagnostic.ts';
import type { RunOptions } from '../src/schema/options.ts';
import { digestFile, SpanReader } from './fs-io.ts';
import type { StagedWrites } from './staged-writes.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What a rerun may copy from the previous run's record tables. */
export interface CsvReuse {
  /** The previous manifest's index of its record tables and its output digests (a file must still match its own). */
  index: CsvIndex;
  outputs: Record<string, string>;
  /** The records whose rows are unchanged: read from the cache, with their links, replies and times reused. */
  keep: ReadonlySet<string>;
}

/**
 * Stages every table, the specs and the report into `staged` (nothing visible yet); the caller commits them together
 * with the manifest last. A record table copies the rows of the records in `reuse.keep` from its previous file.
 * Returns where each record's rows now sit in the record tables.
 */
export async function stageOutputs(
  staged: StagedWrites,
  options: RunOptions,
  corpus: CorpusResult,
  changes: Change[],
  summary: string,
  diagnostics: Diagnostic[],
  lap: (name: string) => void,
  reuse: CsvReuse | null = null,
): Promise<CsvIndex> {
  const tables = { ...corpus.tables, diagnostics: tableFromRows('diagnostics', diagnostics), changes: tableFromRows('changes', changes) };
  const lengths = {} as CsvIndex['lengths'];
  const spans = new SpanReader(2 * COPY_RUN);
  try {
    for (const name of Object.keys(TABLE_COLUMNS) as TableName[]) {
      const file = path.join(options.derived, `${name}.csv`);
      if (!isRecordTable(name)) {
        staged.stage(file, csvChunks(name, tables[name]));
        continue;
      }
      const previous = reuse !== null && reusable(reuse, name, file) ? { files: reuse.index.files, lengths: reuse.index.lengths[name], headerBytes: Buffer.byteLength(csvHeader(name)) } : null;
      const pieces = planCsv(corpus.files, corpus.recordRows[name], (f) => reuse?.keep.has(f) ?? false, previous);
      lengths[name] = new Array<number>(corpus.files.length).fill(0);
      staged.stage(file, recordTableChunks(name, recordRows(name, tables, corpus), pieces, (start, end) => spans.read(file, start, end), lengths[name]));
    }
  } finally {
    spans.close();
  }
  lap('csv');
  const report = buildReport({
    tables,
    meta: {
      input_label: options.input,
      zone: corpus.zone.zone,
      zone_evidence: `${corpus.zone.zone} (${corpus.zone.source})${corpus.zone.evidence ? `: ${corpus.zone.evidence}` : ''}`,
      site: options.site ?? null,
      changes_summary: summary,
    },
    assets: await readAssets(),
  });
  for (const [name, spec] of Object.entries(report.specs).sort(([a], [b]) => (a < b ? -1 : 1))) {
    staged.stage(path.join(options.report, 'specs', `${name}.vl.json`), [JSON.stringify(spec, null, 2) + '\n']);
  }
  staged.stage(path.join(options.report, 'report.html'), [report.html]);
  lap('report');
  return { files: corpus.files, lengths };
}

/** Formats a record's rows of a record table as CSV lines: rows `[start, end)` of the table, for record `record`. */
type FormatRows = (record: number, start: number, end: number) => Iterable<string>;

/**
 * How record table `name`'s rows are formatted: from its table, or (`sentences`, which is never one table) from the
 * record's own rows, cut from its packed results when its turn comes.
 */
function recordRows(name: RecordTable, tables: Record<Exclude<RecordTable, 'sentences'>, ColumnTable>, corpus: CorpusResult): FormatRows {
  if (name !== 'sentences') {
    const selected = selectColumns(name, tables[name]);
    return (_record, start, end) => csvRows(selected, start, end);
  }
  return (record, start, end) => {
    const own = selectColumns(name, corpus.sentences(record));
    if (own.numRows() !== end - start) throw new Error(`sentences: record ${record} gives ${own.numRows()} rows, planned ${end - start}`);
    return csvRows(own, 0, own.numRows());
  };
}

/**
 * Yields a record table's CSV from its plan: the header, then each record's rows, copied (neighbouring copies in one
 * read) or formatted; `lengths` receives each record's byte length.
 */
function* recordTableChunks(
  name: RecordTable,
  format: FormatRows,
  pieces: readonly CsvPiece[],
  read: (start: number, end: number) => Uint8Array,
  lengths: number[],
): Generator<string | Uint8Array> {
  yield csvHeader(name);
  let run: [number, number] | null = null;
  for (const piece of pieces) {
    if ('copy' in piece) {
      const [start, end] = piece.copy;
      lengths[piece.record] = end - start;
      if (run !== null && run[1] === start && run[1] - run[0] < COPY_RUN) run[1] = end;
      else {
        if (run !== null) yield read(run[0], run[1]);
        run = [start, end];
      }
      continue;
    }
    if (run !== null) yield read(run[0], run[1]);
    run = null;
    let bytes = 0;
    for (const chunk of format(piece.record, piece.rows[0], piece.rows[1])) {
      bytes += Buffer.byteLength(chunk);
      yield chunk;
    }
    lengths[piece.record] = bytes;
  }
  if (run !== null) yield read(run[0], run[1]);
}

/** Bytes copied from a previous file in one read, at most (about). */
const COPY_RUN = 1 << 20;

/** Whether the previous file of record table `name` is the one the index describes, untouched since. */
function reusable(reuse: CsvReuse, name: RecordTable, file: string): boolean {
  const sha = reuse.outputs[file];
  const lengths = reuse.index.lengths[name];
  return sha !== undefined && lengths?.length === reuse.index.files.length && existsSync(file) && digestFile(file) === sha;
}

function isRecordTable(name: TableName): name is RecordTable {
  return (RECORD_TABLES as readonly string[]).includes(name);
}

/** When nothing changed: stages `changes.csv` (empty) and the report with only its "since the last run" part redone. */
export async function stageChangesOnly(staged: StagedWrites, options: RunOptions, summary: string): Promise<void> {
  const empty = tableFromRows('changes', []);
  staged.stage(path.join(options.derived, 'changes.csv'), csvChunks('changes', empty));
  const reportFile = path.join(options.report, 'report.html');
  staged.stage(reportFile, [spliceChangesSection(await readFile(reportFile, 'utf8'), renderChangesSection(empty, summary))]);
}

/** Whether every recorded output still exists with the recorded content. */
export function outputsIntact(outputs: Record<string, string>): boolean {
  for (const [file, sha] of Object.entries(outputs)) {
    if (!existsSync(file) || digestFile(file) !== sha) return false;
  }
  return Object.keys(outputs).length > 0;
}

async function readAssets(): Promise<{ vega: string; vegaLite: string; vegaEmbed: string }> {
  const read = (pkg: string, rel: string) => readFile(path.join(ROOT, 'node_modules', pkg, rel), 'utf8');
  return {
    vega: await read('vega', 'build/vega.min.js'),
    vegaLite: await read('vega-lite', 'build/vega-lite.min.js'),
    vegaEmbed: await read('vega-embed', 'build/vega-embed.min.js'),
  };
}
