// Its own file: the analyzer kept in this thread is process-wide state, and the warm-pool tests need none.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig, readConfigTexts } from '../../pipeline/config.ts';
import { keepAnalyzerInThread, startWarmPool } from '../../pipeline/nlp-pool.ts';
import { Diagnostics } from '../../src/diagnostics.ts';
import { ROOT, readTree, runQuiet, tempWorkspace, tenCopiesOfSample } from './helpers.ts';

describe('watch mode: the analyzer kept in this thread between runs', () => {
  it('lets a rerun of a changed post start no worker, with the bytes of a clean run', async () => {
    // 60 posts: a rerun of such an input would otherwise warm a worker.
    const ws = tempWorkspace(path.join(ROOT, 'test/fixtures/ingest-crlf'));
    try {
      const posts = tenCopiesOfSample(ws);
      const options = { input: ws.input, derived: ws.derived, report: ws.report };
      expect((await runQuiet({ ...options, workers: 2 })).analysed).toBe(posts.length);
      expect(startWarmPool(1)).not.toBeNull();

      // What `threadlens run --watch` does once its watcher is up.
      const full = { ...options, timezone: 'auto' } as const;
      await keepAnalyzerInThread(parseConfig(await readConfigTexts(full), full, new Diagnostics()).analyzer);
      expect(startWarmPool(1)).toBeNull();

      const clean = { derived: path.join(ws.dir, 'derived-clean'), report: path.join(ws.dir, 'reports-clean') };
      cpSync(ws.derived, clean.derived, { recursive: true });
      cpSync(ws.report, clean.report, { recursive: true });
      const file = path.join(ws.input, posts[7]!);
      writeFileSync(file, readFileSync(file, 'utf8') + '\n### Newcomer\n*March 3 at 2025 at 9:15 AM*\n\nMagnesium helped my sleep.\n\n---\n');
      const rerun = await runQuiet(options);
      expect([rerun.exitCode, rerun.analysed]).toEqual([0, 1]);
      expect(rerun.summary).toContain('1 new comment');
      await runQuiet({ input: ws.input, ...clean, full: true, workers: 2 });
      expect(readTree(ws.derived)).toEqual(readTree(clean.derived));
      expect(readTree(ws.report)).toEqual(readTree(clean.report));
    } finally {
      rmSync(ws.dir, { recursive: true, force: true });
    }
  }, 120_000);
});
