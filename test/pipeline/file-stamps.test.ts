import { readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unchangedSince, type FileStamp } from '../../pipeline/file-stamps.ts';
import { cachePaths } from '../../pipeline/manifest.ts';
import { ROOT, readTree, runQuiet, tempWorkspace } from './helpers.ts';

describe('unchangedSince', () => {
  const stamp: FileStamp = [100, 1_000_000, 1_000_000];
  it('trusts a stamp equal to the recorded one and older than the manifest', () => {
    expect(unchangedSince(stamp, [100, 1_000_000, 1_000_000], 1_010_000)).toBe(true);
  });
  it('distrusts any other size, modification or change time, a missing record and a missing manifest', () => {
    expect(unchangedSince(stamp, [101, 1_000_000, 1_000_000], 1_010_000)).toBe(false);
    expect(unchangedSince(stamp, [100, 1_000_001, 1_000_000], 1_010_000)).toBe(false);
    expect(unchangedSince(stamp, [100, 1_000_000, 1_000_500], 1_010_000)).toBe(false);
    expect(unchangedSince(undefined, stamp, 1_010_000)).toBe(false);
    expect(unchangedSince(stamp, stamp, null)).toBe(false);
  });
  it('distrusts a file written within two seconds of the manifest (a coarse clock could hide a later write)', () => {
    expect(unchangedSince(stamp, stamp, 1_001_500)).toBe(false);
  });
});

describe('reruns with file stamps', () => {
  // Moving the manifest's modification time a minute ahead stands for a rerun some time after the last run.
  const age = (derived: string) => {
    const later = new Date(Date.now() + 60_000);
    utimesSync(cachePaths(derived).manifest, later, later);
  };

  it('read no unchanged file, and still see a write that keeps the size and restores the modification time', async () => {
    const ws = tempWorkspace(path.join(ROOT, 'data/raw'));
    try {
      const first = await runQuiet({ input: ws.input, derived: ws.derived, report: ws.report });
      expect(first.digested).toBe(first.posts);
      age(ws.derived);
      const quiet = await runQuiet({ input: ws.input, derived: ws.derived, report: ws.report });
      expect([quiet.digested, quiet.analysed, quiet.corpusSkipped]).toEqual([0, 0, true]);

      // Same length, same modification time: only the change time tells; the post is read, hashed and analysed.
      const file = path.join(ws.input, '2011/02/the-psychology-of-back-pain/index.md');
      const text = readFileSync(file, 'utf8');
      const at = text.lastIndexOf('magnesium');
      const edited = at >= 0 ? text.slice(0, at) + 'MAGNESIUM' + text.slice(at + 9) : text.replace('the', 'THE');
      expect(edited.length).toBe(text.length);
      const before = statSync(file);
      writeFileSync(file, edited);
      utimesSync(file, before.atime, before.mtime);
      age(ws.derived);
      const rerun = await runQuiet({ input: ws.input, derived: ws.derived, report: ws.report });
      expect([rerun.digested, rerun.analysed]).toEqual([1, 1]);

      // And the outputs are those of a --full run on the same input.
      const b = { derived: path.join(ws.dir, 'derived-b'), report: path.join(ws.dir, 'reports-b') };
      await runQuiet({ input: ws.input, ...b, full: true });
      const tables = (dir: string) => new Map([...readTree(dir)].filter(([f]) => f.endsWith('.csv') && f !== 'changes.csv'));
      expect(tables(ws.derived)).toEqual(tables(b.derived));
    } finally {
      rmSync(ws.dir, { recursive: true, force: true });
    }
  });
});
