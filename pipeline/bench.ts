/**
 * `npm run bench [-- --sizes 10000,100000] [--million] [--archive DIR] [--out FILE] [--workers N]`
 * For each corpus (synthetic, seeded; the real archive when present): the NLP floor (wink-nlp readDoc + sentiment,
 * single-threaded), the full pipeline (wall, comments/s, peak RSS, stage shares), the ratio pipeline / floor, and on
 * the archive the incremental reruns (nothing changed; one comment appended, checked byte for byte against --full; and
 * three such reruns in one process, as under --watch).
 * Each job runs in a child process so its peak RSS is its own. Writes a Markdown table to reports/bench.md.
 */
import { ARCHIVE_POSTS } from './shared-data.ts';
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './bench/synth.ts';
import { marginalCosts } from './bench/costs.ts';
import type { RunResult } from './run.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    million: { type: 'boolean', default: false },
    archive: { type: 'string', default: ARCHIVE_POSTS },
    out: { type: 'string', default: 'reports/bench.md' },
    workers: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  process.stdout.write('npm run bench -- [--sizes 10000,100000] [--million] [--archive DIR] [--out FILE] [--workers N]\n');
  process.exit(0);
}

interface Stages {
  ingestMs: number;
  timesMs: number;
  floorMs: number;
  pipeMs: number;
  readMs: number;
  remediesMs: number;
  sentimentMs: number;
  texts: number;
}

let stages: Stages | null = null;

interface Row {
  corpus: string;
  comments: number;
  floorMs: number;
  fullMs: number;
  rssMb: number;
  timings: Record<string, number>;
  noChangeMs?: number;
  oneNewMs?: number;
  oneNewReported?: string;
  identical?: boolean;
  /** One new comment under `--watch`: each of three reruns in one process, and whether the last equals `--full`. */
  watchMs?: number[];
  watchIdentical?: boolean;
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'threadlens-bench-'));
const rows: Row[] = [];
// A corpus whose job dies (a heap out of memory aborts with exit status 134) is listed as failed, not lost.
const failures: { corpus: string; why: string }[] = [];
try {
  const sizes = values.sizes.split(',').filter(Boolean).map(Number);
  if (values.million) sizes.push(1_000_000);
  for (const size of sizes) {
    const dir = path.join(tmp, `synth-${size}`);
    const t0 = performance.now();
    const made = await generateCorpus({ dir, comments: size, seed: 42 });
    log(`generated ${made.comments} comments in ${made.posts} posts (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    try {
      rows.push(await measure(`synthetic ${label(size)}`, dir, false));
    } catch (e) {
      const { status, signal } = e as { status?: number | null; signal?: string | null };
      failures.push({ corpus: `synthetic ${label(size)}`, why: `a job exited with ${status ?? signal ?? String(e)}` });
      log(`synthetic ${label(size)}: failed (${failures.at(-1)!.why})`);
    }
    rmSync(dir, { recursive: true, force: true });
  }
  if (existsSync(values.archive)) {
    const copy = path.join(tmp, 'archive');
    cpSync(values.archive, copy, { recursive: true });
    stages = job({ kind: 'stages', options: { input: copy } }) as unknown as Stages;
    log(`archive stages: ingest ${Math.round(stages.ingestMs)} ms, timestamps ${Math.round(stages.timesMs)} ms`);
    rows.push(await measure('criticalmas archive', copy, true));
  } else {
    log(`archive ${values.archive} not found: skipped`);
  }
  const table = render(rows);
  await mkdir(path.dirname(values.out), { recursive: true });
  await writeFile(values.out, table);
  process.stdout.write(table);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

async function measure(name: string, input: string, incremental: boolean): Promise<Row> {
  const a = { derived: path.join(tmp, 'derived-a'), report: path.join(tmp, 'report-a') };
  rmSync(a.derived, { recursive: true, force: true });
  rmSync(a.report, { recursive: true, force: true });
  const workers = values.workers !== undefined ? Number(values.workers) : undefined;
  const floor = job({ kind: 'floor', options: { input } });
  log(`${name}: floor ${(floor.ms / 1000).toFixed(2)} s over ${floor.texts} texts`);
  const full = job({ kind: 'pipeline', options: { input, ...a, full: true, workers } });
  const result = full.result as RunResult;
  log(`${name}: full run ${(full.ms / 1000).toFixed(2)} s, ratio ${(full.ms / floor.ms).toFixed(2)}`);
  const row: Row = { corpus: name, comments: result.comments, floorMs: floor.ms, fullMs: full.ms, rssMb: full.maxRssMb, timings: result.timings };
  if (!incremental) return row;

  row.noChangeMs = job({ kind: 'pipeline', options: { input, ...a, workers } }).ms;
  const b = { derived: path.join(tmp, 'derived-b'), report: path.join(tmp, 'report-b') };
  cpSync(a.derived, b.derived, { recursive: true });
  cpSync(a.report, b.report, { recursive: true });
  const target = firstPostWithComments(input);
  appendFileSync(target, '\n### Bench Reader\n*March 3 at 2025 at 9:15 AM*\n\nThanks MAS, magnesium helped my sleep a lot.\n\n---\n');
  const oneNew = job({ kind: 'pipeline', options: { input, ...a, workers } });
  row.oneNewMs = oneNew.ms;
  row.oneNewReported = (oneNew.result as RunResult).summary;
  job({ kind: 'pipeline', options: { input, ...b, full: true, workers } });
  row.identical = sameTree(a.derived, b.derived) && sameTree(a.report, b.report);
  log(`${name}: no change ${(row.noChangeMs / 1000).toFixed(2)} s, one new comment ${(row.oneNewMs / 1000).toFixed(2)} s (${row.oneNewReported}), identical to --full: ${row.identical}`);

  // Under --watch: three saves of one new comment each, rerun in one process; the last checked against --full.
  const c = { derived: path.join(tmp, 'derived-c'), report: path.join(tmp, 'report-c') };
  const watch = job({ kind: 'watch', options: { input, ...a, workers }, target, reruns: 3, before: c }) as { reruns?: { ms: number }[] };
  row.watchMs = (watch.reruns ?? []).map((r) => r.ms);
  job({ kind: 'pipeline', options: { input, ...c, full: true, workers } });
  row.watchIdentical = sameTree(a.derived, c.derived) && sameTree(a.report, c.report);
  log(`${name}: under --watch, one new comment ${row.watchMs.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s, identical to --full: ${row.watchIdentical}`);
  return row;
}

function job(spec: object): { ms: number; maxRssMb: number; texts?: number; result?: unknown } {
  const out = execFileSync(process.execPath, ['--max-semi-space-size=64', '--max-old-space-size=16384', '--heap-growing-percent=25', '--import', 'tsx', path.join(import.meta.dirname, 'bench', 'run-one.ts'), JSON.stringify(spec)], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}');
}

function firstPostWithComments(dir: string): string {
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.md')).sort();
  for (const f of files) {
    const p = path.join(dir, f);
    if (readFileSync(p, 'utf8').includes('\n## Comments')) return p;
  }
  throw new Error('no post with comments to append to');
}

function sameTree(x: string, y: string): boolean {
  const list = (d: string) => (readdirSync(d, { recursive: true }) as string[]).filter((f) => statSync(path.join(d, f)).isFile() && !f.startsWith('.threadlens')).sort();
  const fx = list(x);
  const fy = list(y);
  return fx.join() === fy.join() && fx.every((f) => readFileSync(path.join(x, f)).equals(readFileSync(path.join(y, f))));
}

function render(rs: Row[]): string {
  const s = (ms: number) => (ms / 1000).toFixed(2);
  const lines = [
    `# threadlens benchmark`,
    '',
    `Machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}. Command: \`npm run bench${process.argv.slice(2).length ? ' -- ' + process.argv.slice(2).join(' ') : ''}\`.`,
    'Floor: wink-nlp `readDoc` + sentiment over the same comment texts, single-threaded, model already loaded. Full: `runPipeline` with `--full`, in-process time (Node start-up excluded), worker start-up included.',
    '',
    '| corpus | comments | floor s | full s | full / floor | comments/s | peak RSS MB | stage shares |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rs.map((r) => `| ${r.corpus} | ${r.comments.toLocaleString('en-US')} | ${s(r.floorMs)} | ${s(r.fullMs)} | ${(r.fullMs / r.floorMs).toFixed(2)} | ${Math.round(r.comments / (r.fullMs / 1000)).toLocaleString('en-US')} | ${Math.round(r.rssMb)} | ${shares(r.timings)} |`),
  ];
  for (const f of failures) lines.push('', `**${f.corpus}: failed**, ${f.why} (see the job's stderr).`);
  const inc = rs.filter((r) => r.noChangeMs !== undefined);
  if (inc.length > 0) {
    lines.push('', '| corpus | full s | no change s | no change / full | one new comment s | one new / full | reported | identical to --full |', '| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |');
    for (const r of inc) {
      lines.push(`| ${r.corpus} | ${s(r.fullMs)} | ${s(r.noChangeMs!)} | ${pct(r.noChangeMs! / r.fullMs)} | ${s(r.oneNewMs!)} | ${pct(r.oneNewMs! / r.fullMs)} | ${r.oneNewReported} | ${r.identical ? 'yes' : 'NO'} |`);
    }
    for (const r of inc.filter((x) => x.watchMs && x.watchMs.length > 0)) {
      const ms = r.watchMs!;
      lines.push(
        '',
        `Under \`--watch\` (${r.corpus}; three saves of one new comment each, rerun in one process with the analyzer made while idle; in-process time): ` +
          `${ms.map((x) => `${s(x)} s (${pct(x / r.fullMs)})`).join(', ')}; the first reads the records file, the later ones take the records the run before held. ` +
          `The last identical to --full: ${r.watchIdentical ? 'yes' : 'NO'}.`,
      );
    }
  }
  if (stages) {
    const st = stages;
    const r = (x: number) => (x / st.floorMs).toFixed(2);
    lines.push(
      '',
      `Stages on the archive (${st.texts.toLocaleString('en-US')} comments, one process, single-threaded): ingest ${s(st.ingestMs)} s + timestamps ${s(st.timesMs)} s = **${s(st.ingestMs + st.timesMs)} s** (target < 2 s);`,
      `floor (plain readDoc + sentiment) ${s(st.floorMs)} s; the analysis pipe (no named entities) ${s(st.pipeMs)} s, the same with the remedy entities learned ${s(st.readMs)} s, remedy extraction ${s(st.remediesMs)} s, sentiment scoring ${s(st.sentimentMs)} s.`,
      `Remedy extraction (the entities' share of the read plus the extractor) adds ${r(st.readMs - st.pipeMs + st.remediesMs)}x of a plain read (target <= 1.00: one more read of the same text).`,
    );
  }
  const synth = rs.filter((r) => r.corpus.startsWith('synthetic'));
  if (synth.length > 1) {
    const base = synth[0]!.fullMs / synth[0]!.comments;
    lines.push('', 'Per-comment cost relative to the smallest synthetic corpus: ' + synth.map((r) => `${r.corpus.replace('synthetic ', '')} ${((r.fullMs / r.comments) / base).toFixed(2)}x`).join(', ') + '.');
    lines.push('', marginalCosts(synth));
  }
  return lines.join('\n') + '\n';
}

function shares(t: Record<string, number>): string {
  const total = Object.values(t).reduce((a, b) => a + b, 0) || 1;
  return Object.entries(t).map(([k, v]) => `${k} ${Math.round((100 * v) / total)}%`).join(', ');
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

function label(n: number): string {
  return n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1000 ? `${n / 1000}k` : String(n);
}

function log(line: string): void {
  process.stderr.write(`bench     ${line}\n`);
}
