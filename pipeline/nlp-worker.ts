/**
 * Worker thread body for the NLP pool. It loads the wink-nlp model as soon as it starts (that needs no
 * configuration, so it overlaps the main thread's reading of the input and the cache), learns the remedy entities
 * when the first message brings the analyzer configuration, then analyses each post it is sent.
 */
import { parentPort } from 'node:worker_threads';
import { analyzePost } from '../src/analyze/analyze-post.ts';
import { createAnalyzer, type Analyzer, type AnalyzerConfig } from '../src/analyze/analyzer.ts';
import { packAnalysis } from '../src/analyze/record-codec.ts';
import { ANALYSIS_PIPE, createNlp } from '../src/nlp/wink.ts';
import type { RawComment } from '../src/schema/comment.ts';
import type { ParsedPost } from '../src/schema/post.ts';

type Message = { config: AnalyzerConfig } | { id: number; post: ParsedPost; comments: RawComment[] };

const nlp = createNlp(ANALYSIS_PIPE);
let analyzer: Analyzer | null = null;
parentPort?.on('message', (msg: Message) => {
  if ('config' in msg) {
    analyzer = createAnalyzer(msg.config, nlp);
    return;
  }
  try {
    if (analyzer === null) throw new Error('nlp worker: a post arrived before the analyzer configuration');
    parentPort?.postMessage({ id: msg.id, analysis: packAnalysis(analyzePost(msg.post, msg.comments, analyzer), msg.post, msg.comments) });
  } catch (e) {
    parentPort?.postMessage({ id: msg.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
