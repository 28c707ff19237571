/** Writes a run's outputs: the CSV tables in `--derived`, the report and its specs in `--report`. */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Change } from '../src/changes/diff.ts';
import type { CorpusResult } from '../src/corpus/assemble.ts';
import { TABLE_COLUMNS, type TableName } from '../src/output/columns.ts';
import { formatTable, tableFromRows } from '../src/output/csv.ts';
import { buildReport, renderChangesSection, spliceChangesSection } from '../src/report/build.ts';
import type { Diagnostic } from '../src/schema/diagnostic.ts';
import type { RunOptions } from '../src/schema/options.ts';
import { digest, writeAtomic } from './fs-io.ts';
import type { LogSink } from './progress.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Writes every table, the report and the specs; returns output path -> sha256 for the manifest. */
export async function writeOutputs(
  options: RunOptions,
  corpus: CorpusResult,
  changes: Change[],
  summary: string,
  diagnostics: Diagnostic[],
  sink: LogSink,
  lap: (name: string) => void,
): Promise<Record<string, string>> {
  const outputs: Record<string, string> = {};
  const tables = { ...corpus.tables, diagnostics: tableFromRows('diagnostics', diagnostics), changes: tableFromRows('changes', changes) };
  for (const name of Object.keys(TABLE_COLUMNS) as TableName[]) {
    const file = path.join(options.derived, `${name}.csv`);
    const csv = formatTable(name, tables[name]);
    await writeAtomic(file, csv);
    outputs[file] = digest(csv);
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
    const file = path.join(options.report, 'specs', `${name}.vl.json`);
    const json = JSON.stringify(spec, null, 2) + '\n';
    await writeAtomic(file, json);
    outputs[file] = digest(json);
  }
  const reportFile = path.join(options.report, 'report.html');
  await writeAtomic(reportFile, report.html);
  outputs[reportFile] = digest(report.html);
  lap('report');
  sink.write(`outputs   ${Object.keys(TABLE_COLUMNS).length} tables in ${options.derived}, report in ${reportFile}\n`);
  return outputs;
}

/** When nothing changed: rewrites `changes.csv` (empty) and the report's "since the last run" part only. */
export async function writeChangesOnly(options: RunOptions, previous: Record<string, string>, summary: string): Promise<Record<string, string>> {
  const outputs = { ...previous };
  const changesFile = path.join(options.derived, 'changes.csv');
  const csv = formatTable('changes', tableFromRows('changes', []));
  await writeAtomic(changesFile, csv);
  outputs[changesFile] = digest(csv);
  const reportFile = path.join(options.report, 'report.html');
  const html = spliceChangesSection(await readFile(reportFile, 'utf8'), renderChangesSection(tableFromRows('changes', []), summary));
  await writeAtomic(reportFile, html);
  outputs[reportFile] = digest(html);
  return outputs;
}

/** Whether every recorded output still exists with the recorded content. */
export async function outputsIntact(outputs: Record<string, string>): Promise<boolean> {
  for (const [file, sha] of Object.entries(outputs)) {
    if (!existsSync(file) || digest(readFileSync(file)) !== sha) return false;
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
