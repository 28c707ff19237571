/**
 * One measured job of the benchmark, in its own process so peak RSS is its own: `floor` (wink-nlp readDoc with
 * sentiment over every comment text, single-threaded), `pipeline` (a full `runPipeline`), `stages` (stage costs) or
 * `watch` (reruns in one process, as under `--watch`). Prints one JSON line.
 */
import { appendFileSync, cpSync } from 'node:fs';
import path from 'node:path';
import { Diagnostics } from '../../src/diagnostics.ts';
import { postIdFromPath } from '../../src/ingest/post-id.ts';
import { parsePost } from '../../src/ingest/parse-post.ts';
import { ANALYSIS_PIPE, createNlp } from '../../src/nlp/wink.ts';
import { RunOptions } from '../../src/schema/options.ts';
import { createAnalyzer } from '../../src/analyze/analyzer.ts';
import { maskForNlp } from '../../src/nlp/prepare.ts';
import { extractRemedies } from '../../src/remedies/extract.ts';
import { scoreDoc } from '../../src/sentiment/score.ts';
import { normalizeTimes } from '../../src/time/normalize.ts';
import { parseConfig, readConfigTexts } from '../config.ts';
import { listMarkdown, readBytes } from '../fs-io.ts';
import { runPipeline } from '../run.ts';
import { keepAnalyzerInThread } from '../nlp-pool.ts';

const job = JSON.parse(process.argv[2] ?? '{}') as {
  kind: 'floor' | 'pipeline' | 'stages' | 'watch';
  options: Partial<RunOptions>;
  /** `watch`: the post each rerun appends a comment to, how many reruns, and where to copy the outputs before the last. */
  target?: string;
  reruns?: number;
  before?: { derived: string; report: string };
};

if (job.kind === 'stages') {
  // Stage costs on one corpus, in one process: ingest, timestamps, and the NLP stages against the floor.
  const input = job.options.input ?? 'data/raw';
  const bytes = await Promise.all((await listMarkdown(input)).map(async (rel) => ({ rel, bytes: await readBytes(path.join(input, rel)) })));
  let t0 = performance.now();
  const parsed = bytes.map(({ rel, bytes }) => parsePost({ bytes, source_file: rel, post_id: postIdFromPath(rel) }, new Diagnostics()));
  const ingestMs = performance.now() - t0;
  t0 = performance.now();
  normalizeTimes({ posts: parsed.map((p) => p.post), comments: parsed.flatMap((p) => p.comments) }, { timezone: 'auto' }, new Diagnostics());
  const timesMs = performance.now() - t0;
  const texts = parsed.flatMap((p) => p.comments.map((c) => c.text));
  const config = parseConfig(await readConfigTexts({ timezone: 'auto' }), { timezone: 'auto' }, new Diagnostics());
  const analyzer = createAnalyzer(config.analyzer);
  const plain = createNlp();
  const its = plain.its;
  for (const t of texts.slice(0, 300)) plain.readDoc(t); // warm-up
  t0 = performance.now();
  for (const t of texts) plain.readDoc(t).out(its.sentiment);
  const floorMs = performance.now() - t0;
  // The analysis reads with ANALYSIS_PIPE (no named entities); the same pipe without the remedy entities is the base
  // that the entities' share of a read is measured against.
  const samePipe = createNlp(ANALYSIS_PIPE);
  t0 = performance.now();
  for (const t of texts) samePipe.readDoc(maskForNlp(t));
  const pipeMs = performance.now() - t0;
  t0 = performance.now();
  const docs = texts.map((t) => analyzer.nlp.readDoc(maskForNlp(t)));
  const readMs = performance.now() - t0;
  t0 = performance.now();
  docs.forEach((d, i) => extractRemedies(d, analyzer.matcher, { post_id: '', comment_id: '', author: '', text: texts[i]!, body_line: 1 }));
  const remediesMs = performance.now() - t0;
  t0 = performance.now();
  docs.forEach((d, i) => scoreDoc(d, analyzer.nlp, texts[i]!, analyzer.adjustments));
  const sentimentMs = performance.now() - t0;
  print({ ms: 0, ingestMs, timesMs, floorMs, pipeMs, readMs, remediesMs, sentimentMs, texts: texts.length });
} else if (job.kind === 'floor') {
  const input = job.options.input ?? 'data/raw';
  const texts: string[] = [];
  for (const rel of await listMarkdown(input)) {
    const { comments } = parsePost({ bytes: await readBytes(path.join(input, rel)), source_file: rel, post_id: postIdFromPath(rel) }, new Diagnostics());
    for (const c of comments) texts.push(c.text);
  }
  const nlp = createNlp();
  const its = nlp.its;
  const t0 = performance.now();
  let sum = 0;
  for (const t of texts) sum += nlp.readDoc(t).out(its.sentiment) as unknown as number;
  const ms = performance.now() - t0;
  print({ ms, texts: texts.length, checksum: Math.round(sum) });
} else if (job.kind === 'watch') {
  // What `threadlens run --watch` does between saves, in one process: the analyzer made while idle (not timed), then
  // one rerun per appended comment; the first reads the records file, the later ones take the records the run
  // before them held.
  const options = RunOptions.parse(job.options);
  const sink = { write: () => {}, isTTY: false };
  await keepAnalyzerInThread(parseConfig(await readConfigTexts(options), options, new Diagnostics()).analyzer);
  const reruns: { ms: number; summary: string }[] = [];
  const count = job.reruns ?? 3;
  for (let k = 0; k < count; k++) {
    if (k === count - 1 && job.before) {
      cpSync(options.derived, job.before.derived, { recursive: true });
      cpSync(options.report, job.before.report, { recursive: true });
    }
    appendFileSync(job.target!, `\n### Watch Reader ${k + 1}\n*March ${4 + k} at 2025 at 9:15 AM*\n\nFoam rolling helped my back a lot.\n\n---\n`);
    const t0 = performance.now();
    const result = await runPipeline(options, sink);
    reruns.push({ ms: performance.now() - t0, summary: result.summary });
  }
  print({ ms: reruns.at(-1)!.ms, reruns });
} else {
  const options = RunOptions.parse(job.options);
  const sink = { write: () => {}, isTTY: false };
  const t0 = performance.now();
  const result = await runPipeline(options, sink);
  print({ ms: performance.now() - t0, result });
}

function print(value: object): void {
  process.stdout.write(JSON.stringify({ ...value, maxRssMb: process.resourceUsage().maxRSS / 1024 }) + '\n');
}
