/**
 * One measured job of the benchmark, in its own process so peak RSS is its own: `floor` (wink-nlp readDoc with
 * sentiment over every comment text, single-threaded) or `pipeline` (a full `runPipeline`). Prints one JSON line.
 */
import path from 'node:path';
import { Diagnostics } from '../../src/diagnostics.ts';
import { postIdFromPath } from '../../src/ingest/post-id.ts';
import { parsePost } from '../../src/ingest/parse-post.ts';
import { createNlp } from '../../src/nlp/wink.ts';
import { RunOptions } from '../../src/schema/options.ts';
import { listMarkdown, readBytes } from '../fs-io.ts';
import { runPipeline } from '../run.ts';

const job = JSON.parse(process.argv[2] ?? '{}') as { kind: 'floor' | 'pipeline'; options: Partial<RunOptions> };

if (job.kind === 'floor') {
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
