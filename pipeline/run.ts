/**
 * `threadlens run`: the ordered stages. Per file, then per corpus:
 *
 *   input/*.md ─ read + digest ─┬─ [fresh] cached record (manifest)
 *                               └─ [stale|missing] ingest (parsePost) ─ NLP (analyzePost, worker pool) ─ record
 *   records ─ corpus: times (zone) ─ links (site) ─ authors & replies ─ tables ─ CSV ─ report ─ changes ─ manifest
 *
 * The manifest is written last; every output goes through a temp file and a rename, so a killed run leaves the
 * previous outputs usable. When no input, option or code changed and the outputs are intact, the corpus stage is
 * skipped and only the run diff (empty) is written.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { PostRecord } from '../src/analyze/post-record.ts';
import { diffRuns, summarizeChanges } from '../src/changes/diff.ts';
import { takeSnapshot } from '../src/changes/snapshot.ts';
import { assembleCorpus } from '../src/corpus/assemble.ts';
import { Diagnostics, formatDiagnostic, sortDiagnostics } from '../src/diagnostics.ts';
import { postIdFromPath } from '../src/ingest/post-id.ts';
import { parsePost } from '../src/ingest/parse-post.ts';
import { cliLocked } from '../src/messages/cli.ts';
import { staleReasons, type StaleReason } from '../src/messages/cache.ts';
import type { Diagnostic } from '../src/schema/diagnostic.ts';
import type { RunOptions } from '../src/schema/options.ts';
import { loadConfig, UsageError } from './config.ts';
import { digest, listMarkdown, readBytes } from './fs-io.ts';
import { acquireLock } from './lock.ts';
import { manifestChunks, manifestPath, readManifest, type Manifest, type ManifestHeader } from './manifest.ts';
import { createNlpRunner, defaultWorkers, type NlpRunner } from './nlp-pool.ts';
import { outputsIntact, stageChangesOnly, stageOutputs } from './outputs.ts';
import { StagedWrites, sweepTempFiles } from './staged-writes.ts';
import { startProgress, stderrSink, type LogSink } from './progress.ts';

/** What a run did: its exit status and figures for the log, the benchmark and the tests. */
export interface RunResult {
  exitCode: number;
  summary: string;
  posts: number;
  comments: number;
  analysed: number;
  reused: number;
  corpusSkipped: boolean;
  timings: Record<string, number>;
}

/** Runs the pipeline once (and keeps watching with `--watch`); returns the exit status. */
export async function runCommand(options: RunOptions): Promise<number> {
  const first = await runPipeline(options, stderrSink);
  if (!options.watch || first.exitCode === 2) return first.exitCode;
  const { watchInput } = await import('./watch.ts');
  return watchInput(options, stderrSink, () => runPipeline(options, stderrSink));
}

/** One run of the pipeline over `options.input`; never throws for bad content. */
export async function runPipeline(options: RunOptions, sink: LogSink): Promise<RunResult> {
  const timings: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = (timings[name] ?? 0) + (now - t);
    t = now;
  };
  const lock = acquireLock(ensureDir(options.derived));
  if (!lock.ok) {
    sink.write(`threadlens: ${cliLocked(options.derived, lock.pid)}\n`);
    return { exitCode: 2, summary: 'locked', posts: 0, comments: 0, analysed: 0, reused: 0, corpusSkipped: false, timings };
  }
  if (lock.tookOverFrom !== null) sink.write(`lock      took over a stale lock left by pid ${lock.tookOverFrom}\n`);
  sweepTempFiles(options.derived);
  sweepTempFiles(options.report);
  try {
    const diag = new Diagnostics();
    let config;
    try {
      config = await loadConfig(options, diag);
    } catch (e) {
      if (e instanceof UsageError) {
        sink.write(`threadlens: ${e.message}\n`);
        return { exitCode: 2, summary: e.message, posts: 0, comments: 0, analysed: 0, reused: 0, corpusSkipped: false, timings };
      }
      throw e;
    }
    const previous = await readManifest(options.derived);
    lap('config');

    const files = await listMarkdown(options.input);
    const { records, analysed, reasons } = await readAndAnalyse(files, options, config, previous, sink, lap);
    const removed = previous ? [...previous.records.keys()].filter((f) => !records.some((r) => r.source_file === f)) : [];
    logCache(sink, reasons, removed, files.length);

    const corpusKey = digest(JSON.stringify([config.keys, records.map((r) => [r.source_file, r.digest])]));
    const canSkip = !options.full && previous !== null && previous.header.corpus_key === corpusKey && (await outputsIntact(previous.header.outputs));
    const staged = new StagedWrites();
    let diagnostics: Diagnostic[];
    let summary: string;
    try {
      let header: Omit<ManifestHeader, 'format' | 'outputs'>;
      if (canSkip && previous) {
        summary = summarizeChanges(previous.header.snapshot, []);
        diagnostics = sortDiagnostics([...diag.items, ...records.flatMap((r) => r.diagnostics), ...previous.header.corpus_diagnostics]);
        await stageChangesOnly(staged, options, summary);
        header = previous.header;
      } else {
        const corpusDiag = new Diagnostics();
        const corpus = assembleCorpus(records, { timezone: options.timezone, site: options.site, aliases: config.aliases, lexicon: config.lexicon, linkRules: config.linkRules }, corpusDiag);
        lap('corpus');
        sink.write(`timezone  ${corpus.zone.zone} (${corpus.zone.source})${corpus.zone.evidence ? `: ${corpus.zone.evidence}` : ''}\n`);
        const mentions = records.flatMap((r) => r.analysis.mentions);
        const snapshot = takeSnapshot({ posts: records.map((r) => r.post), comments: corpus.comments, mentions });
        const prevSnapshot = previous?.header.snapshot ?? null;
        const changes = diffRuns(prevSnapshot, snapshot, { comments: corpus.comments, mentions, replies: corpus.replies });
        summary = summarizeChanges(prevSnapshot, changes);
        diagnostics = sortDiagnostics([...diag.items, ...records.flatMap((r) => r.diagnostics), ...corpusDiag.items]);
        await stageOutputs(staged, options, corpus, changes, summary, diagnostics, lap);
        header = { keys: config.keys, corpus_key: corpusKey, snapshot, corpus_diagnostics: corpusDiag.items };
      }
      const outputs = { ...(canSkip && previous ? previous.header.outputs : {}), ...staged.commit() };
      staged.stage(manifestPath(options.derived), manifestChunks({ ...header, outputs }, records));
      staged.commit();
      lap('write');
    } catch (e) {
      staged.discard();
      throw e;
    }

    for (const d of diagnostics) sink.write(formatDiagnostic(d) + '\n');
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
    const comments = records.reduce((n, r) => n + r.comments.length, 0);
    sink.write(`summary   ${records.length} posts, ${comments} comments, ${errors} errors, ${warnings} warnings; ${summary}\n`);
    const failed = errors > 0 || (options.strict && warnings > 0);
    return { exitCode: failed ? 1 : 0, summary, posts: records.length, comments, analysed, reused: records.length - analysed, corpusSkipped: canSkip, timings };
  } finally {
    lock.release();
  }
}

async function readAndAnalyse(
  files: string[],
  options: RunOptions,
  config: Awaited<ReturnType<typeof loadConfig>>,
  previous: Manifest | null,
  sink: LogSink,
  lap: (name: string) => void,
): Promise<{ records: PostRecord[]; analysed: number; reasons: Map<StaleReason | 'fresh', string[]> }> {
  const reasons = new Map<StaleReason | 'fresh', string[]>();
  const records: PostRecord[] = [];
  const stale: { rel: string; sourceFile: string; fileDigest: string }[] = [];
  for (const rel of files) {
    const sourceFile = path.join(options.input, rel).split(path.sep).join('/');
    const fileDigest = digest(await readBytes(path.join(options.input, rel)));
    const cached = previous?.records.get(sourceFile);
    const reason = staleReason(options, cached, fileDigest, config.keys, previous);
    (reasons.get(reason) ?? reasons.set(reason, []).get(reason)!).push(sourceFile);
    if (reason === 'fresh' && cached) records.push(cached);
    else stale.push({ rel, sourceFile, fileDigest });
  }
  lap('digest');

  if (stale.length > 0) {
    const progress = startProgress(sink, 'analyse', stale.length);
    const runner = await createNlpRunner(config.analyzer, options.workers ?? defaultWorkers(stale.length * 8));
    const inFlight = new Set<Promise<void>>();
    try {
      for (const { rel, sourceFile, fileDigest } of stale) {
        const diag = new Diagnostics();
        const bytes = await readBytes(path.join(options.input, rel));
        const { post, comments } = parsePost({ bytes, source_file: sourceFile, post_id: postIdFromPath(rel) }, diag);
        const job: Promise<void> = runner.analyze(post, comments).then((analysis) => {
          records.push({ source_file: sourceFile, digest: fileDigest, post, comments, diagnostics: diag.items, analysis });
          progress.tick();
          inFlight.delete(job);
        });
        inFlight.add(job);
        // Backpressure: a million-comment corpus must not sit in the workers' queues all at once.
        if (inFlight.size >= MAX_IN_FLIGHT) await Promise.race(inFlight);
      }
      await Promise.all(inFlight);
    } finally {
      await runner.close();
    }
    progress.done(`${stale.length} of ${files.length} files analysed`);
  }
  lap('ingest+nlp');
  records.sort((a, b) => (a.post.post_id < b.post.post_id ? -1 : a.post.post_id > b.post.post_id ? 1 : a.source_file < b.source_file ? -1 : 1));
  return { records, analysed: stale.length, reasons };
}

const MAX_IN_FLIGHT = 64;

function staleReason(
  options: RunOptions,
  cached: PostRecord | undefined,
  fileDigest: string,
  keys: Awaited<ReturnType<typeof loadConfig>>['keys'],
  previous: Manifest | null,
): StaleReason | 'fresh' {
  if (!cached || !previous) return 'new';
  if (options.full) return 'full';
  if (cached.digest !== fileDigest) return 'content';
  if (previous.header.keys.code !== keys.code) return 'code';
  if (previous.header.keys.lexicon !== keys.lexicon) return 'lexicon';
  if (previous.header.keys.adjustments !== keys.adjustments) return 'adjustments';
  return 'fresh';
}

function logCache(sink: LogSink, reasons: Map<StaleReason | 'fresh', string[]>, removed: string[], total: number): void {
  const parts = [...reasons].map(([r, fs]) => `${fs.length} [${r === 'fresh' ? 'fresh' : staleReasons[r]}]`);
  if (removed.length > 0) parts.push(`${removed.length} [removed]`);
  sink.write(`cache     ${total} files: ${parts.join(', ')}\n`);
  for (const [r, fs] of reasons) {
    if (r === 'fresh' || fs.length > 20) continue;
    for (const f of fs) sink.write(`cache     [${staleReasons[r]}] ${f}\n`);
  }
  for (const f of removed.slice(0, 20)) sink.write(`cache     [removed] ${f}\n`);
}

function ensureDir(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}
