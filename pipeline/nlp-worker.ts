/** Worker thread body for the NLP pool: builds one analyzer, then analyses each post it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzePost } from '../src/analyze/analyze-post.ts';
import { createAnalyzer, type AnalyzerConfig } from '../src/analyze/analyzer.ts';
import { packAnalysis } from '../src/analyze/record-codec.ts';
import type { RawComment } from '../src/schema/comment.ts';
import type { ParsedPost } from '../src/schema/post.ts';

const analyzer = createAnalyzer(workerData as AnalyzerConfig);
parentPort?.on('message', (msg: { id: number; post: ParsedPost; comments: RawComment[] }) => {
  try {
    parentPort?.postMessage({ id: msg.id, analysis: packAnalysis(analyzePost(msg.post, msg.comments, analyzer), msg.post, msg.comments) });
  } catch (e) {
    parentPort?.postMessage({ id: msg.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
