/** The per-file stages for stale files: ingest in this thread, NLP in the worker pool, with backpressure. */
import path from 'node:path';
import type { PostRecord } from '../src/analyze/post-record.ts';
import type { CorpusRecord } from '../src/corpus/assemble.ts';
import { emptyPacked } from '../src/analyze/record-codec.ts';
import { planReuse } from '../src/analyze/reuse.ts';
import { shareStrings, type StringPool } from '../src/analyze/share-strings.ts';
import { Diagnostics } from '../src/diagnostics.ts';
import { postIdFromPath } from '../src/ingest/post-id.ts';
import { parsePost } from '../src/ingest/parse-post.ts';
import type { RunOptions } from '../src/schema/options.ts';
import type { RunConfig } from './config.ts';
import { readBytesSync } from './fs-io.ts';
import { createNlpRunner, defaultWorkers, type WorkerPool } from './nlp-pool.ts';
import { startProgress, type LogSink } from './progress.ts';

/**
 * Returns the records of the `stale` files: parsed here, analysed in the NLP pool (in completion order). A `warm`
 * pool is used (and left open for the caller to close); otherwise a runner is made and closed here. Where `previous`
 * holds a stale file's last record (analysed with the same lexicon, adjustments and code), only the texts that changed
 * are read again (`reuse.ts`); `previous` may still be being read when this is called. When the few stale posts of a
 * rerun are parsed up front, `overlap` is called with them once they are all sent to the workers and awaited before
 * their results are: the caller's own work overlaps the NLP.
 */
export async function analyse(
  stale: { rel: string; sourceFile: string; digest: string }[],
  options: RunOptions,
  config: RunConfig,
  sink: LogSink,
  warm: WorkerPool | null = null,
  previous: Promise<ReadonlyMap<string, PostRecord> | null> | null = null,
  overlap: ((parsed: CorpusRecord[]) => Promise<void>) | null = null,
): Promise<PostRecord[]> {
  if (stale.length === 0) return [];
  const out: PostRecord[] = [];
  const pool: StringPool = new Map();
  const progress = startProgress(sink, 'analyse', stale.length);
  const parse = (f: (typeof stale)[number]) => {
    const diag = new Diagnostics();
    return { diag, ...parsePost({ bytes: readBytesSync(path.join(options.input, f.rel)), source_file: f.sourceFile, post_id: postIdFromPath(f.rel) }, diag) };
  };
  // A few stale posts (a rerun) are parsed first, so warm workers learn only the patterns they could contain (they do
  // so while the previous records are read) and the caller can overlap its work with their analysis.
  const early = stale.length <= SCOPED_POSTS ? stale.map(parse) : null;
  const scope = warm ? early?.map(({ post, comments }) => ({ post, comments })) : undefined;
  const runner = await createNlpRunner(config.analyzer, options.workers ?? defaultWorkers(stale.length), warm, scope);
  const prior = await previous;
  const inFlight = new Set<Promise<void>>();
  try {
    for (const [i, f] of stale.entries()) {
      const { diag, post, comments } = early?.[i] ?? parse(f);
      const plan = planReuse(prior?.get(f.sourceFile), post, comments);
      const reading = plan.readBody || plan.toRead.length > 0 ? runner.analyze(post, plan.toRead, plan.readBody) : Promise.resolve(emptyPacked());
      const job: Promise<void> = reading.then((read) => {
        const analysis = plan.merge(read);
        out.push(shareStrings({ source_file: f.sourceFile, digest: f.digest, post, comments, diagnostics: diag.items, analysis }, pool));
        progress.tick();
        inFlight.delete(job);
      });
      inFlight.add(job);
      // Backpressure: a million-comment corpus must not sit in the workers' queues all at once.
      if (inFlight.size >= MAX_IN_FLIGHT) await Promise.race(inFlight);
    }
    if (early && overlap) await overlap(early.map(({ diag, post, comments }, i) => ({ source_file: stale[i]!.sourceFile, digest: stale[i]!.digest, post, comments, diagnostics: diag.items })));
    await Promise.all(inFlight);
  } finally {
    if (runner !== warm) await runner.close();
  }
  progress.done(`${stale.length} files analysed`);
  return out;
}

/** Up to this many stale posts, warm workers learn only the lexicon patterns the posts could contain. */
const SCOPED_POSTS = 8;

const MAX_IN_FLIGHT = 64;

