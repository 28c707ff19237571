/**
 * Worker thread body for the NLP pool. It loads the wink-nlp model as soon as it starts (that needs no
 * configuration, so it overlaps the main thread's reading of the input and the cache), learns the remedy entities
 * when the first message brings the analyzer configuration (only those the posts in its `scope` could contain, when
 * a rerun names the few posts it will send), then analyses each post it is sent. Asked to, a worker that learned the
 * whole lexicon reads its pattern words once and reports their normal exceptions, which later scoped runs reuse.
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { analyzePost, postScope } from '../src/analyze/analyze-post.ts';
import { createAnalyzer, type Analyzer, type AnalyzerConfig } from '../src/analyze/analyzer.ts';
import { packAnalysis } from '../src/analyze/record-codec.ts';
import { ANALYSIS_PIPE, createNlp } from '../src/nlp/wink.ts';
import { normalExceptions, type NormalExceptions } from '../src/remedies/learn-scope.ts';
import type { ScopePost, WorkerData } from './nlp-pool.ts';

type Message =
  | { config: AnalyzerConfig; scope?: ScopePost[]; exceptions?: NormalExceptions | null; reportExceptions?: boolean }
  | ({ id: number; readBody?: boolean } & ScopePost);

if ((workerData as WorkerData | undefined)?.background) {
  try {
    setPriority(0, 19); // this thread only, on Linux (see `WorkerPool`)
  } catch {
    // A system that refuses leaves the priority as it is: only speed depends on it.
  }
}
const nlp = createNlp(ANALYSIS_PIPE);
let config: AnalyzerConfig | null = null;
let analyzer: Analyzer | null = null;
// The files of the posts the analyzer learned its lexicon for (a rerun of a few posts), or null: the whole lexicon.
let scoped: ReadonlySet<string> | null = null;
parentPort?.on('message', (msg: Message) => {
  if ('config' in msg) {
    config = msg.config;
    scoped = msg.scope ? new Set(msg.scope.map((p) => p.post.source_file)) : null;
    analyzer = createAnalyzer(config, nlp, msg.scope ? { words: postScope(msg.scope, nlp), exceptions: msg.exceptions } : undefined);
    if (msg.reportExceptions && !msg.scope) {
      // Only a later rerun's speed depends on these: a failure to read them is reported as none, not as an error.
      let exceptions: NormalExceptions | null = null;
      try {
        exceptions = normalExceptions(config.compiled.groups.flatMap(([, patterns]) => patterns), nlp);
      } catch {
        exceptions = null;
      }
      parentPort?.postMessage({ exceptions });
    }
    return;
  }
  try {
    if (analyzer === null || config === null) throw new Error('nlp worker: a post arrived before the analyzer configuration');
    // A post outside the scope (a cached record that turned out unreadable) gets the whole lexicon learned.
    if (scoped !== null && !scoped.has(msg.post.source_file)) {
      analyzer = createAnalyzer(config, nlp);
      scoped = null;
    }
    parentPort?.postMessage({ id: msg.id, analysis: packAnalysis(analyzePost(msg.post, msg.comments, analyzer, msg.readBody ?? true), msg.post, msg.comments) });
  } catch (e) {
    parentPort?.postMessage({ id: msg.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
