/**
 * A pool of worker threads that run the NLP stage (`analyzePost`) on posts; one wink-nlp instance per worker.
 * Results come back keyed by job id, so the caller merges them in input order whatever the completion order.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalyzerConfig } from '../src/analyze/analyzer.ts';
import { packAnalysis } from '../src/analyze/record-codec.ts';
import type { NormalExceptions } from '../src/remedies/learn-scope.ts';
import type { PackedAnalysis } from '../src/schema/analysis.ts';
import type { RawComment } from '../src/schema/comment.ts';
import type { ParsedPost } from '../src/schema/post.ts';
import { TSX_WORKER } from './worker-bundle.ts';

/** Analyses posts, in worker threads or in this thread. */
export interface NlpRunner {
  /** Reads the post's body (unless `readBody` is false) and `comments`; returns their NLP results packed, as records keep them. */
  analyze(post: ParsedPost, comments: RawComment[], readBody?: boolean): Promise<PackedAnalysis>;
  close(): Promise<void>;
}

/** The number of workers to use for `posts` stale posts when `--workers` is not given. */
export function defaultWorkers(posts: number): number {
  return posts < SMALL_INPUT ? 1 : Math.max(1, availableParallelism());
}

/** Below this many posts to analyse, one thread does it (a worker's start costs more than it saves). */
const SMALL_INPUT = 50;

/**
 * Returns a runner for `config`: the `warm` pool if one was started (configured, for `scope` if given, and grown to
 * `size`), else `size` workers, or this thread for `size` 1 (reusing an analyzer this thread already built).
 */
export async function createNlpRunner(
  config: AnalyzerConfig,
  size: number,
  warm: WorkerPool | null = null,
  scope?: ScopePost[],
): Promise<NlpRunner> {
  if (warm) {
    warm.configure(config, scope);
    warm.grow(size);
    return warm;
  }
  if (size <= 1) {
    const { analyzePost } = await import('../src/analyze/analyze-post.ts');
    const analyzer = await analyzerInThread(config);
    return { analyze: async (post, comments, readBody = true) => packAnalysis(analyzePost(post, comments, analyzer, readBody), post, comments), close: async () => {} };
  }
  const pool = new WorkerPool(Math.max(1, size));
  pool.configure(config);
  return pool;
}

/**
 * Starts `size` workers before the configuration is known, so that they load the model while this thread digests
 * the input and reads the cache; `createNlpRunner` configures them. Returns null where a run in this process
 * already holds an analyzer (watch mode, tests): reusing it is cheaper than a worker. `background` workers run at the
 * lowest scheduling priority (see `WorkerPool`). The pool reports the lexicon's normal exceptions when it learns the
 * whole lexicon, and takes them (`exceptions`) for a scoped rerun.
 */
export function startWarmPool(size: number, entry: URL = TSX_WORKER, background = false): WorkerPool | null {
  if (inThread || size < 1) return null;
  const pool = new WorkerPool(size, entry, background);
  pool.reportsExceptions = true;
  return pool;
}

/**
 * How many workers to warm up for a run over `files` input files before it is known which are stale: every file is
 * when the cache is ignored or absent, else usually a few (one worker; more are added if many turn out stale). None
 * for small inputs (analysed in this thread) or where the run would analyse in this thread anyway.
 */
export function warmWorkers(files: number, allStale: boolean, workers: number | undefined): number {
  if (files < SMALL_INPUT) return 0;
  if (!allStale) return 1;
  const size = workers ?? defaultWorkers(files);
  return size > 1 ? size : 0;
}

/**
 * Starts a worker with this process's Node options less the tsx loader (`--import tsx`): a worker inherits them, and
 * loading tsx costs it about 0.1 s, while the bundled worker needs no loader and the fallback registers its own.
 * Options a worker may not be given (V8's heap sizes and growing factor, which hold for the whole process anyway) are
 * left out too; if Node still refuses the list, the worker inherits the options as they are.
 */
function startWorker(entry: URL, workerData: WorkerData): Worker {
  try {
    return new Worker(entry, { execArgv: workerExecArgv(process.execArgv), workerData });
  } catch {
    return new Worker(entry, { workerData });
  }
}

/** What a worker is told at start. */
export type WorkerData = { background: boolean };

/** `execArgv` without the tsx loader and V8's process-wide heap options (sizes, growing factor). */
export function workerExecArgv(execArgv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i]!;
    if ((arg === '--import' || arg === '--require' || arg === '-r') && isTsx(execArgv[i + 1])) i++;
    else if (/^--(import|require)=/.test(arg) && isTsx(arg.slice(arg.indexOf('=') + 1))) continue;
    else if (!/^--((max|min)-[a-z-]*space-size|heap-growing-percent)(=|$)/.test(arg)) out.push(arg);
  }
  return out;
}

function isTsx(specifier: string | undefined): boolean {
  return specifier !== undefined && /^tsx(\/|$)/.test(specifier);
}

let inThread: { key: string; analyzer: ReturnType<typeof import('../src/analyze/analyzer.ts').createAnalyzer> } | null = null;

/**
 * This thread's analyzer for `config`, made once: reruns in one process (watch mode, tests) reuse it, since loading the
 * model costs more than a small rerun.
 */
async function analyzerInThread(config: AnalyzerConfig): Promise<NonNullable<typeof inThread>['analyzer']> {
  // The compiled lexicon follows from the lexicon: the key leaves it out.
  const key = JSON.stringify([config.lexicon, config.adjustments]);
  if (inThread?.key !== key) {
    const { createAnalyzer } = await import('../src/analyze/analyzer.ts');
    inThread = { key, analyzer: createAnalyzer(config) };
  }
  return inThread.analyzer;
}

/**
 * Makes this thread's analyzer for `config` now (watch mode, between runs): a later run of a few changed posts then
 * analyses them here, with no worker to start and no model to load. Runs of many posts still use workers.
 */
export async function keepAnalyzerInThread(config: AnalyzerConfig): Promise<void> {
  await analyzerInThread(config);
}

/** A post whose texts the workers will read: they learn only the lexicon patterns these texts could contain. */
export type ScopePost = { post: ParsedPost; comments: RawComment[] };

type Job = { resolve: (a: PackedAnalysis) => void; reject: (e: Error) => void };

/**
 * Worker threads that each load the model at once, and learn the lexicon when `configure` sends it.
 *
 * `background` workers lower their own thread's scheduling priority (nice 19; on Linux a thread's own). A rerun of a
 * few posts wants that: its critical path is this thread's corpus work over every record, while the one worker loads
 * the model and reads a few texts, and on a machine with few cores the worker otherwise takes CPU time from this
 * thread's garbage collector and compiler helpers. An idle core still goes to the worker, so it is slower only where
 * the machine is busy.
 */
export class WorkerPool implements NlpRunner {
  private readonly workers: { worker: Worker; inFlight: number }[] = [];
  private readonly jobs = new Map<number, Job>();
  private nextId = 0;
  private config: AnalyzerConfig | null = null;
  private failure: Error | null = null;
  private closing = false;
  /**
   * The lexicon's normal exceptions (see `NormalExceptions`): set by the caller from the last run's manifest (same
   * lexicon and code), so scoped workers need not read every pattern word; else reported by the first worker that
   * learns the whole lexicon, for the caller to keep. Null while unknown.
   */
  exceptions: NormalExceptions | null = null;
  /** Whether the first worker asks for `exceptions` when it learns the whole lexicon (a run's warm pool: the run keeps them). */
  reportsExceptions = false;

  /** `entry` is the worker module: the bundled one from `workerEntry`, or the one started through tsx. */
  constructor(
    size: number,
    private readonly entry: URL = TSX_WORKER,
    private readonly background = false,
  ) {
    this.grow(size);
  }

  /**
   * Sends the analyzer configuration to every worker (once; workers added later get it when they start). With
   * `scope`, the posts about to be sent, the workers learn only the lexicon patterns those could contain.
   */
  configure(config: AnalyzerConfig, scope?: ScopePost[]): void {
    if (this.config !== null) return;
    this.config = config;
    this.workers.forEach(({ worker }, i) =>
      worker.postMessage(scope ? { config, scope, exceptions: this.exceptions } : { config, reportExceptions: this.reportsExceptions && i === 0 && this.exceptions === null }),
    );
  }

  /** Adds workers until there are `size`. */
  grow(size: number): void {
    while (this.workers.length < size) {
      const worker = startWorker(this.entry, { background: this.background });
      if (this.config !== null) worker.postMessage({ config: this.config });
      const slot = { worker, inFlight: 0 };
      worker.on('message', (msg: { id: number; analysis?: PackedAnalysis; error?: string } | { exceptions: NormalExceptions | null }) => {
        if ('exceptions' in msg) {
          this.exceptions ??= msg.exceptions;
          return;
        }
        slot.inFlight--;
        const job = this.jobs.get(msg.id);
        this.jobs.delete(msg.id);
        if (!job) return;
        if (msg.error !== undefined) job.reject(new Error(msg.error));
        else job.resolve(msg.analysis as PackedAnalysis);
      });
      // A worker that dies (while loading, too) fails the jobs waiting and every later one: none may wait forever.
      worker.on('error', (e) => this.fail(e));
      worker.on('exit', (code) => {
        if (code !== 0 && !this.closing) this.fail(new Error(`nlp worker stopped with exit code ${code}`));
      });
      this.workers.push(slot);
    }
  }

  analyze(post: ParsedPost, comments: RawComment[], readBody = true): Promise<PackedAnalysis> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const slot = this.workers.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
    slot.inFlight++;
    // Workers send their results packed (texts as ranges of the comment texts), the form records keep.
    return new Promise<PackedAnalysis>((resolve, reject) => {
      this.jobs.set(id, { resolve, reject });
      slot.worker.postMessage({ id, post, comments, readBody });
    });
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const job of this.jobs.values()) job.reject(e);
    this.jobs.clear();
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
