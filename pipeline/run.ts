/**
 * `threadlens run`: the ordered stages. Per file, then per corpus:
 *
 *   input/*.md ─ read + digest ─┬─ [fresh] cached record (records file)
 *   (and *.markdown)            └─ [stale|missing] ingest (parsePost) ─ NLP (analyzePost, worker pool) ─ record
 *   records ─ corpus: times (zone) ─ links (site) ─ authors & replies ─ tables ─ CSV ─ report ─ changes
 *           ─ records file ─ manifest (last)
 *
 * In a rerun of a few posts, the corpus stage's NLP-free part (times, links, replies, participation tables) runs on
 * this thread while the workers read the changed posts; the rest waits for their results.
 *
 * Every output is staged as a temp file and renamed at the end, the manifest last, so a killed run leaves the previous
 * outputs usable. When no input, option or code changed and the outputs are intact, the inputs are hashed and the
 * manifest read, but not the cache of records, and only the run diff (empty) is written.
 */
import { mkdirSync } from 'node:fs';
import { summarizeChanges } from '../src/changes/diff.ts';
import { prepareCorpus, type CorpusRecord } from '../src/corpus/assemble.ts';
import { Diagnostics, formatDiagnostic } from '../src/diagnostics.ts';
import { staleReasons, type StaleReason } from '../src/messages/cache.ts';
import { cliLocked, cliNoPosts } from '../src/messages/cli.ts';
import type { RunOptions } from '../src/schema/options.ts';
import { parseConfig, readConfigTexts, UsageError, type ConfigTexts, type RunConfig } from './config.ts';
import { analyse } from './analyse-posts.ts';
import { logCache, staleReason } from './cache-log.ts';
import { digest, listMarkdown } from './fs-io.ts';
import { digestInputs } from './inputs.ts';
import { acquireLock } from './lock.ts';
import { heapShortfall } from './memory.ts';
import { keepAnalyzerInThread, startWarmPool, warmWorkers, type WorkerPool } from './nlp-pool.ts';
import {
  cachePaths,
  cachedConfigText,
  headerText,
  readCachedConfig,
  readManifestHeader,
  type CacheKeys,
  type ManifestHeader,
} from './manifest.ts';
import { heldRecords, holdRecords, readRecords } from './records-file.ts';
import { outputsIntact, stageChangesOnly } from './outputs.ts';
import { stderrSink, type LogSink } from './progress.ts';
import { StagedWrites, sweepTempFiles } from './staged-writes.ts';
import { workerEntry } from './worker-bundle.ts';
import { corpusOptions, stageCorpus, type Prepared } from './corpus-stage.ts';

/** What a run did: its exit status and figures for the log, the benchmark and the tests. */
export interface RunResult {
  exitCode: number;
  summary: string;
  posts: number;
  comments: number;
  analysed: number;
  corpusSkipped: boolean;
  /** The corpus stage's NLP-free part ran while the workers read the changed posts (a rerun of a few posts). */
  overlapped: boolean;
  timings: Record<string, number>;
}

/** Runs the pipeline once (and keeps watching with `--watch`); returns the exit status. */
export async function runCommand(options: RunOptions): Promise<number> {
  const first = await runPipeline(options, stderrSink);
  if (!options.watch || first.exitCode === 2) return first.exitCode;
  const { watchInput } = await import('./watch.ts');
  const watching = watchInput(options, stderrSink, () => runPipeline(options, stderrSink));
  // The watcher is up (a change seen meanwhile waits its turn): make the analyzer the reruns will use while idle.
  await keepAnalyzerWarm(options);
  return watching;
}

/**
 * Watch mode, between runs: makes this thread's analyzer for the run's configuration, so that a rerun of the few posts
 * a save changes starts no worker and loads no model (about half a second less on the archive). A configuration that
 * does not read is left to the next run to report.
 */
async function keepAnalyzerWarm(options: RunOptions): Promise<void> {
  let texts: ConfigTexts;
  try {
    texts = await readConfigTexts(options);
  } catch (e) {
    if (e instanceof UsageError) return;
    throw e;
  }
  await keepAnalyzerInThread(parseConfig(texts, options, new Diagnostics()).analyzer);
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
  const result = (exitCode: number, summary: string, rest?: Partial<RunResult>): RunResult => ({
    exitCode, summary, posts: 0, comments: 0, analysed: 0, corpusSkipped: false, overlapped: false, timings, ...rest,
  });
  mkdirSync(options.derived, { recursive: true });
  const lock = acquireLock(options.derived);
  if (!lock.ok) {
    sink.write(`threadlens: ${cliLocked(options.derived, lock.pid)}\n`);
    return result(2, 'locked');
  }
  if (lock.tookOverFrom !== null) sink.write(`lock      took over a stale lock left by pid ${lock.tookOverFrom}\n`);
  let warm: WorkerPool | null = null;
  try {
    sweepTempFiles(options.derived);
    sweepTempFiles(options.report);
    let texts: ConfigTexts;
    try {
      texts = await readConfigTexts(options);
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      sink.write(`threadlens: ${e.message}\n`);
      return result(2, e.message);
    }
    const previous = readManifestHeader(options.derived);
    lap('config');

    // Workers load the model while this thread digests the input, parses the configuration and reads the cache. A
    // rerun starts its worker before listing the input (sized by the posts the last run read); a first or full run,
    // whose pool size depends on the input, after.
    const allStale = options.full || previous === null;
    // A rerun's worker runs in the background: this thread's corpus work over every record is the rerun's critical path.
    const startWarm = async (posts: number) => {
      const size = warmWorkers(posts, allStale, options.workers);
      return startWarmPool(size, size > 0 ? await workerEntry(texts.keys.code) : undefined, !allStale);
    };
    if (!allStale) warm = await startWarm(Object.keys(previous.files).length);
    // The last run's NLP results (and the lexicon's normal exceptions) hold while the code, lexicon and adjustments do.
    const sameAnalysis = previous !== null && !options.full && sameKeys(previous.keys, texts.keys);
    const knownExceptions = sameAnalysis ? (previous.normal_exceptions ?? null) : null;
    if (warm) warm.exceptions = knownExceptions;
    const files = await listMarkdown(options.input);
    if (allStale) warm = await startWarm(files.length);
    const { inputs, unreadable, bytes: inputBytes } = digestInputs(options.input, files);
    const reasons = new Map<StaleReason | 'fresh', string[]>();
    for (const f of inputs) push(reasons, staleReason(options, previous, f.sourceFile, f.digest, texts.keys), f.sourceFile);
    const present = new Set(inputs.map((f) => f.sourceFile));
    const removed = previous ? Object.keys(previous.files).filter((f) => !present.has(f)) : [];
    logCache(sink, reasons, removed, files.length);
    if (files.length === 0) sink.write(`input     ${cliNoPosts(options.input)}\n`);
    const shortfall = heapShortfall(inputBytes);
    if (shortfall !== null) sink.write(`memory    ${shortfall}\n`);
    lap('digest');

    const corpusKey = digest(JSON.stringify([texts.keys, inputs.map((f) => [f.sourceFile, f.digest]), unreadable]));
    const unchanged = !options.full && previous !== null && previous.corpus_key === corpusKey && outputsIntact(previous.outputs);
    const staged = new StagedWrites();
    try {
      let header: Omit<ManifestHeader, 'format'>;
      let summary: string;
      let analysed = 0;
      let overlapped = false;
      if (unchanged && previous) {
        summary = summarizeChanges(previous.snapshot, []);
        await stageChangesOnly(staged, options, summary);
        header = { ...previous, outputs: { ...previous.outputs, ...staged.commit() } };
      } else {
        const diag = new Diagnostics();
        diag.addAll(unreadable);
        const config = loadConfig(staged, options, texts, diag);
        const freshFiles = new Set(reasons.get('fresh') ?? []);
        const staleFirst = inputs.filter((f) => !freshFiles.has(f.sourceFile));
        // A changed file analysed with the same lexicon, adjustments and code reads only its changed texts again, which
        // needs its last record: the warm workers load the model and learn while this thread reads the cache.
        const reusable = sameAnalysis && staleFirst.some((f) => previous.files[f.sourceFile] !== undefined);
        // The records a run in this process left (watch mode) serve as they are; else the records file is read.
        const reading =
          previous !== null && (freshFiles.size > 0 || reusable)
            ? Promise.resolve(heldRecords(options.derived, previous) ?? readRecords(options.derived, previous))
            : Promise.resolve(null);
        // While the workers read a rerun's few changed posts, this thread does the corpus stage's NLP-free part.
        let prepared: Prepared | null = null;
        const overlap = async (parsed: CorpusRecord[]) => {
          const cached = await reading;
          const fresh = inputs.filter((f) => freshFiles.has(f.sourceFile));
          if (fresh.some((f) => !cached?.has(f.sourceFile))) return;
          const all = [...parsed, ...fresh.map((f) => cached!.get(f.sourceFile)!)].sort(byPost);
          const diag = new Diagnostics();
          prepared = { diag, base: prepareCorpus(all, corpusOptions(options, config), diag) };
        };
        const analysedFirst = await analyse(staleFirst, options, config, sink, warm, reusable ? reading : null, overlap);
        const cached = await reading;
        if (freshFiles.size > 0 && !cached) sink.write(`cache     [${staleReasons.unreadable}] records file missing or from another run: analysing everything\n`);
        const records = [...analysedFirst];
        const lost = inputs.filter((f) => freshFiles.has(f.sourceFile) && !cached?.has(f.sourceFile));
        records.push(...inputs.filter((f) => freshFiles.has(f.sourceFile) && cached?.has(f.sourceFile)).map((f) => cached!.get(f.sourceFile)!));
        records.push(...(await analyse(lost, options, config, sink, warm)));
        const exceptions = warm?.exceptions ?? knownExceptions;
        void warm?.close();
        warm = null;
        analysed = staleFirst.length + lost.length;
        records.sort(byPost);
        lap('ingest+nlp');
        ({ header, summary, overlapped } = await stageCorpus(staged, options, config, records, diag, previous, corpusKey, texts, sink, lap, prepared, cached));
        if (exceptions !== null) header = { ...header, normal_exceptions: exceptions };
      }
      const paths = cachePaths(options.derived);
      staged.stage(paths.manifest, [headerText(header)]);
      staged.commit();
      holdRecords(options.derived, header);
      lap('write');
      for (const d of header.diagnostics) sink.write(formatDiagnostic(d) + '\n');
      const errors = header.diagnostics.filter((d) => d.severity === 'error').length;
      const warnings = header.diagnostics.filter((d) => d.severity === 'warning').length;
      sink.write(`summary   ${header.counts.posts} posts, ${header.counts.comments} comments, ${errors} errors, ${warnings} warnings; ${summary}\n`);
      const failed = errors > 0 || (options.strict && warnings > 0);
      return result(failed ? 1 : 0, summary, { ...header.counts, analysed, corpusSkipped: unchanged, overlapped });
    } catch (e) {
      staged.discard();
      throw e;
    }
  } finally {
    void warm?.close();
    lock.release();
  }
}

/**
 * The run's configuration: parsed from its texts, or read from the cache when the texts, the option paths, the working
 * directory (diagnostics name files relative to it) and the code are the same; `--full` always parses.
 */
function loadConfig(staged: StagedWrites, options: RunOptions, texts: ConfigTexts, diag: Diagnostics): RunConfig {
  const key = digest(JSON.stringify([texts.keys, options.lexicon ?? null, options.aliases ?? null, process.cwd()]));
  const cached = options.full ? null : readCachedConfig<RunConfig>(options.derived, key);
  if (cached) {
    diag.addAll(cached.diagnostics);
    return cached.config;
  }
  const parsed = new Diagnostics();
  const config = parseConfig(texts, options, parsed);
  diag.addAll(parsed.items);
  staged.stage(cachePaths(options.derived).config, [cachedConfigText(key, config, parsed.items)]);
  return config;
}

/** Records in output order: by post id, then source file. */
function byPost(a: CorpusRecord, b: CorpusRecord): number {
  return cmp(a.post.post_id, b.post.post_id) || cmp(a.source_file, b.source_file);
}

function sameKeys(a: CacheKeys, b: CacheKeys): boolean {
  return a.code === b.code && a.lexicon === b.lexicon && a.adjustments === b.adjustments && a.options === b.options;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
