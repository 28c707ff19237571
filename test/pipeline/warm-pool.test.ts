import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECORDS_NAME, readManifestHeader } from '../../pipeline/manifest.ts';
import { readRecords } from '../../pipeline/records-file.ts';
import { WorkerPool, warmWorkers, workerExecArgv } from '../../pipeline/nlp-pool.ts';
import { parseConfig, readConfigTexts } from '../../pipeline/config.ts';
import { workerEntry } from '../../pipeline/worker-bundle.ts';
import { analyzePost } from '../../src/analyze/analyze-post.ts';
import { createAnalyzer } from '../../src/analyze/analyzer.ts';
import { packAnalysis } from '../../src/analyze/record-codec.ts';
import { Diagnostics } from '../../src/diagnostics.ts';
import { normalExceptions } from '../../src/remedies/learn-scope.ts';
import { parsePost } from '../../src/ingest/parse-post.ts';
import { postIdFromPath } from '../../src/ingest/post-id.ts';
import { ROOT, readTree, runQuiet, tempWorkspace, tenCopiesOfSample } from './helpers.ts';

describe('warmWorkers', () => {
  it('warms none for small inputs, one for a rerun, every core for a first or --full run', () => {
    expect(warmWorkers(10, true, undefined)).toBe(0);
    expect(warmWorkers(2000, false, undefined)).toBe(1);
    expect(warmWorkers(2000, true, 3)).toBe(3);
    // One worker asked for on a full run analyses in the calling thread: nothing to warm.
    expect(warmWorkers(2000, true, 1)).toBe(0);
  });
});

describe('workerExecArgv', () => {
  it('leaves out the tsx loader and the heap sizes a worker may not be given, and keeps the rest', () => {
    expect(workerExecArgv(['--max-semi-space-size=64', '--max-old-space-size=16384', '--heap-growing-percent=25', '--import', 'tsx', '--enable-source-maps'])).toEqual([
      '--enable-source-maps',
    ]);
    expect(workerExecArgv(['--import=tsx/esm', '--require', 'tsx/cjs', '--import', './other.mjs', '--cpu-prof'])).toEqual([
      '--import',
      './other.mjs',
      '--cpu-prof',
    ]);
    expect(workerExecArgv(['--import', 'tsx-like'])).toEqual(['--import', 'tsx-like']);
  });
});

describe('a rerun with workers warmed before the configuration is known', () => {
  it('analyses only the changed post on a rerun, and equals a clean run in one thread byte for byte', async () => {
    // 60 posts (10 copies of the sample's 6) make an input large enough for the warm pool.
    const ws = tempWorkspace(path.join(ROOT, 'test/fixtures/ingest-crlf'));
    try {
      const posts = tenCopiesOfSample(ws);
      expect(posts.length).toBeGreaterThanOrEqual(60);
      const first = await runQuiet({ input: ws.input, derived: ws.derived, report: ws.report, workers: 2 });
      expect(first.exitCode).toBe(0);
      expect(first.analysed).toBe(posts.length);
      // Its first worker read the lexicon's pattern words once; the manifest keeps what it found for scoped reruns.
      expect(readManifestHeader(ws.derived)!.normal_exceptions).toContainEqual(['fibre', ['fiber']]);

      // A clean run in one thread from a copy of the same previous state (so "what is new" compares alike).
      const clean = { derived: path.join(ws.dir, 'derived-clean'), report: path.join(ws.dir, 'reports-clean') };
      cpSync(ws.derived, clean.derived, { recursive: true });
      cpSync(ws.report, clean.report, { recursive: true });
      const file = path.join(ws.input, posts[7]!);
      writeFileSync(file, readFileSync(file, 'utf8') + '\n### Newcomer\n*March 3 at 2025 at 9:15 AM*\n\nMagnesium helped my sleep.\n\n---\n');
      const rerun = await runQuiet({ input: ws.input, derived: ws.derived, report: ws.report });
      expect(rerun.exitCode).toBe(0);
      expect(rerun.analysed).toBe(1);
      expect(rerun.summary).toContain('1 new comment');
      // The corpus stage's NLP-free part ran while the worker read the new comment.
      expect(rerun.overlapped).toBe(true);
      expect(readManifestHeader(ws.derived)!.normal_exceptions).toEqual(readManifestHeader(clean.derived)!.normal_exceptions);

      await runQuiet({ input: ws.input, ...clean, full: true, workers: 1 });
      expect(readTree(ws.derived)).toEqual(readTree(clean.derived));
      expect(readTree(ws.report)).toEqual(readTree(clean.report));
      // The rerun appends the changed post's record to the records file; a clean run encodes every record: the same
      // records read back from both.
      const records = (dir: string) => readRecords(dir, readManifestHeader(dir)!);
      expect(await records(ws.derived)).toEqual(await records(clean.derived));
      expect(readFileSync(path.join(ws.derived, RECORDS_NAME)).length).toBeGreaterThan(readFileSync(path.join(clean.derived, RECORDS_NAME)).length);

      // A new post (no earlier record to reuse) and a removed one: the overlap waits for the cache, same bytes again.
      cpSync(path.dirname(path.join(ws.input, posts[3]!)), path.join(ws.input, 'copy9', '2030', '01', 'a-new-post'), { recursive: true });
      rmSync(path.join(ws.input, posts[12]!));
      const again = await runQuiet({ input: ws.input, derived: ws.derived, report: ws.report });
      expect([again.exitCode, again.analysed, again.overlapped]).toEqual([0, 1, true]);
      await runQuiet({ input: ws.input, ...clean, full: true, workers: 1 });
      expect(readTree(ws.derived)).toEqual(readTree(clean.derived));
      expect(readTree(ws.report)).toEqual(readTree(clean.report));
    } finally {
      rmSync(ws.dir, { recursive: true, force: true });
    }
  }, 120_000);
});

/** The built-in configuration, the bundled worker for this code, and the sample's posts, parsed. */
async function sampleSetup() {
  const options = { timezone: 'auto' } as const;
  const texts = await readConfigTexts(options);
  const sample = path.join(ROOT, 'data/raw');
  const posts = (readdirSync(sample, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((rel) => parsePost({ bytes: readFileSync(path.join(sample, rel)), source_file: rel, post_id: postIdFromPath(rel) }, new Diagnostics()));
  return { config: parseConfig(texts, options, new Diagnostics()), entry: await workerEntry(texts.keys.code), posts };
}

describe('a worker that learned the lexicon for a scope of posts', () => {
  it('learns the whole lexicon again for a post outside its scope, and analyses both like this thread', async () => {
    const { config, entry, posts: [a, b] } = await sampleSetup();
    const here = createAnalyzer(config.analyzer);
    // Once reading every pattern word, once with the normal exceptions a run kept.
    for (const exceptions of [null, normalExceptions(config.analyzer.compiled.groups.flatMap(([, p]) => p), here.nlp)]) {
      const pool = new WorkerPool(1, entry);
      pool.exceptions = exceptions;
      try {
        pool.configure(config.analyzer, [a!]);
        const read = (p: typeof a) => packAnalysis(analyzePost(p!.post, p!.comments, here), p!.post, p!.comments);
        expect(await pool.analyze(a!.post, a!.comments)).toEqual(read(a));
        expect(await pool.analyze(b!.post, b!.comments)).toEqual(read(b));
        expect(await pool.analyze(a!.post, a!.comments)).toEqual(read(a));
      } finally {
        await pool.close();
      }
    }
  }, 60_000);
});

describe('a background pool (a rerun of a few posts)', () => {
  // On Linux a thread's nice value is its own, and /proc shows each thread's.
  const niceValues = () =>
    readdirSync('/proc/self/task').map((tid) => {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
    });
  it.runIf(process.platform === 'linux')('runs its workers at the lowest priority and leaves this thread as it was', async () => {
    const { config, entry, posts } = await sampleSetup();
    const { post, comments } = posts[0]!;
    const before = niceValues().filter((n) => n === 19).length;
    for (const background of [false, true]) {
      const pool = new WorkerPool(1, entry, background);
      try {
        pool.configure(config.analyzer);
        await pool.analyze(post, comments);
        expect(niceValues().filter((n) => n === 19).length).toBe(before + (background ? 1 : 0));
      } finally {
        await pool.close();
      }
    }
  }, 60_000);
});
