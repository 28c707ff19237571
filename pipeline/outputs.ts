/** Stages a run's outputs: the CSV tables in `--derived`, the report and its specs in `--report`. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Change } from '../src/changes/diff.ts';
import type { CorpusResult } from '../src/corpus/assemble.ts';
import { TABLE_COLUMNS, type TableName } from '../src/output/columns.ts';
import { csvChunks, tableFromRows } from '../src/output/csv.ts';
import { buildReport, renderChangesSection, spliceChangesSection } from '../src/report/build.ts';
import type { Diagnostic } from '../src/schema/diagnostic.ts';
import type { RunOptions } from '../src/schema/options.ts';
import { digestFile } from './fs-io.ts';
import type { StagedWrites } from './staged-writes.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Stages every table, the specs and the report into `staged` (nothing visible yet); the caller commits them together
 * with the manifest last.
 */
export async function stageOutputs(
  staged: StagedWrites,
  options: RunOptions,
  corpus: CorpusResult,
  changes: Change[],
  summary: string,
  diagnostics: Diagnostic[],
  lap: (name: string) => void,
): Promise<void> {
  const tables = { ...corpus.tables, diagnostics: tableFromRows('diagnostics', diagnostics), changes: tableFromRows('changes', changes) };
  for (const name of Object.keys(TABLE_COLUMNS) as TableName[]) {
    staged.stage(path.join(options.derived, `${name}.csv`), csvChunks(name, tables[name]));
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
