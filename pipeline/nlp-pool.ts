/**
 * A pool of worker threads that run the NLP stage (`analyzePost`) on posts; one wink-nlp instance per worker.
 * Results come back keyed by job id, so the caller merges them in input order whatever the completion order.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalyzerConfig } from '../src/analyze/analyzer.ts';
import type { PostAnalysis } from '../src/analyze/post-record.ts';
import { unpackAnalysis, type PackedAnalysis } from '../src/analyze/record-codec.ts';
import type { RawComment } from '../src/schema/comment.ts';
import type { ParsedPost } from '../src/schema/post.ts';

/** Analyses posts, in worker threads or in this thread. */
export interface NlpRunner {
  analyze(post: ParsedPost, comments: RawComment[]): Promise<PostAnalysis>;
  close(): Promise<void>;
}

/** The number of workers to use for `posts` stale posts when `--workers` is not given. */
export function defaultWorkers(posts: number): number {
  return posts < 50 ? 1 : Math.max(1, availableParallelism());
}

/**
 * Starts `size` workers that each build an analyzer from `config`. `size` 1 analyses in this thread, unless
 * `overlap` asks for one worker so that loading the model overlaps the caller's own work (reading the cache); an
 * analyzer this thread already built is reused either way.
 */
export async function createNlpRunner(config: AnalyzerConfig, size: number, overlap = false): Promise<NlpRunner> {
  const key = JSON.stringify(config);
  if (size <= 1 && (!overlap || inThread?.key === key)) {
    const { createAnalyzer } = await import('../src/analyze/analyzer.ts');
    const { analyzePost } = await import('../src/analyze/analyze-post.ts');
    // Reruns in one process (watch mode, tests) reuse the analyzer: loading the model costs more than a small rerun.
    if (inThread?.key !== key) inThread = { key, analyzer: createAnalyzer(config) };
    const { analyzer } = inThread;
    return { analyze: async (post, comments) => analyzePost(post, comments, analyzer), close: async () => {} };
  }
  return new WorkerPool(config, Math.max(1, size));
}

let inThread: { key: string; analyzer: ReturnType<typeof import('../src/analyze/analyzer.ts').createAnalyzer> } | null = null;

type Job = { resolve: (a: PackedAnalysis) => void; reject: (e: Error) => void };

class WorkerPool implements NlpRunner {
  private readonly workers: { worker: Worker; inFlight: number }[] = [];
  private readonly jobs = new Map<number, Job>();
  private nextId = 0;

  constructor(config: AnalyzerConfig, size: number) {
    const url = new URL('./nlp-worker-boot.mjs', import.meta.url);
    for (let i = 0; i < size; i++) {
      const worker = new Worker(url, { workerData: config });
      const slot = { worker, inFlight: 0 };
      worker.on('message', (msg: { id: number; analysis?: PackedAnalysis; error?: string }) => {
        slot.inFlight--;
        const job = this.jobs.get(msg.id);
        this.jobs.delete(msg.id);
        if (!job) return;
        if (msg.error !== undefined) job.reject(new Error(msg.error));
        else job.resolve(msg.analysis as PackedAnalysis);
      });
      worker.on('error', (e) => {
        for (const job of this.jobs.values()) job.reject(e);
        this.jobs.clear();
      });
      this.workers.push(slot);
    }
  }

  analyze(post: ParsedPost, comments: RawComment[]): Promise<PostAnalysis> {
    const id = this.nextId++;
    const slot = this.workers.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
    slot.inFlight++;
    // Workers send sentence texts as ranges of the comment texts (smaller to copy); cut them from this thread's own
    // copy, so the strings share its memory.
    return new Promise<PackedAnalysis>((resolve, reject) => {
      this.jobs.set(id, { resolve, reject });
      slot.worker.postMessage({ id, post, comments });
    }).then((packed) => unpackAnalysis(packed, post, comments));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
