import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.ts';
import { createAnalyzer } from '../../src/analyze/analyzer.ts';
import { analyzePost } from '../../src/analyze/analyze-post.ts';
import { packAnalysis } from '../../src/analyze/record-codec.ts';
import { parsePost } from '../../src/ingest/parse-post.ts';
import { postIdFromPath } from '../../src/ingest/post-id.ts';
import { parseConfig, readConfigTexts } from '../../pipeline/config.ts';
import { TSX_WORKER, workerEntry } from '../../pipeline/worker-bundle.ts';
import { ROOT } from './helpers.ts';

describe('workerEntry', () => {
  it('bundles the worker once per code version, prunes older bundles, and the bundle analyses like this thread', async () => {
    const dir = path.join(ROOT, `node_modules/.cache/threadlens-test-${process.pid}`);
    rmSync(dir, { recursive: true, force: true });
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'nlp-worker-0000000000000000.mjs'), 'throw new Error("old code")\n');
      const entry = await workerEntry('a'.repeat(64), dir);
      expect(entry).not.toEqual(TSX_WORKER);
      const file = fileURLToPath(entry);
      expect(readdirSync(dir)).toEqual([path.basename(file)]);
      const built = statSync(file).mtimeMs;
      expect(await workerEntry('a'.repeat(64), dir)).toEqual(entry);
      expect(statSync(file).mtimeMs).toBe(built);
      // The worker's modules use schemas as types only: loading zod would add to every worker's start.
      expect(readFileSync(file, 'utf8')).not.toMatch(/from ["']zod["']/);

      const options = { timezone: 'auto' } as const;
      const config = parseConfig(await readConfigTexts(options), options, new Diagnostics());
      const rel = '2011/02/the-psychology-of-back-pain/index.md';
      const { post, comments } = parsePost({ bytes: readFileSync(path.join(ROOT, 'data/raw', rel)), source_file: rel, post_id: postIdFromPath(rel) }, new Diagnostics());
      expect(comments.length).toBeGreaterThan(3);
      const worker = new Worker(entry);
      try {
        worker.postMessage({ config: config.analyzer });
        worker.postMessage({ id: 1, post, comments });
        const reply = await new Promise<{ analysis?: unknown; error?: string }>((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
        });
        expect(reply.error).toBeUndefined();
        const here = packAnalysis(analyzePost(post, comments, createAnalyzer(config.analyzer)), post, comments);
        expect(reply.analysis).toEqual(here);
      } finally {
        await worker.terminate();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('falls back to the worker started through tsx when it cannot bundle', async () => {
    const blocker = path.join(ROOT, `node_modules/.cache/threadlens-test-file-${process.pid}`);
    writeFileSync(blocker, 'not a folder');
    try {
      expect(await workerEntry('b'.repeat(64), path.join(blocker, 'sub'))).toEqual(TSX_WORKER);
    } finally {
      rmSync(blocker, { force: true });
    }
    expect(existsSync(fileURLToPath(TSX_WORKER))).toBe(true);
  });
});
