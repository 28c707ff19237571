import { readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachePaths } from '../../pipeline/manifest.ts';
import { ROOT, readTree, runQuiet, tempWorkspace } from './helpers.ts';

// Staleness is decided by content digests, never by file times: a touched file is fresh, and an edit that keeps the
// size and restores the modification time is stale.
describe('reruns decide staleness by content alone', () => {
  const FILE = '2011/02/the-psychology-of-back-pain/index.md';
  // Moving the manifest's modification time a minute ahead stands for a rerun some time after the last run.
  const age = (derived: string) => {
    const later = new Date(Date.now() + 60_000);
    utimesSync(cachePaths(derived).manifest, later, later);
  };

  it('finds nothing to do when only file times changed', async () => {
    const ws = tempWorkspace(path.join(ROOT, 'data/raw'));
    try {
      await runQuiet({ input: ws.input, derived: ws.derived, report: ws.report });
      const later = new Date(Date.now() + 120_000);
      utimesSync(path.join(ws.input, FILE), later, later);
      const rerun = await runQuiet({ input: ws.input, derived: ws.derived, report: ws.report });
      expect([rerun.analysed, rerun.corpusSkipped]).toEqual([0, true]);
    } finally {
      rmSync(ws.dir, { recursive: true, force: true });
    }
  });

  it('sees a write that keeps the size and restores the modification time', async () => {
    const ws = tempWorkspace(path.join(ROOT, 'data/raw'));
    try {
      await runQuiet({ input: ws.input, derived: ws.derived, report: ws.report });
      age(ws.derived);
      const file = path.join(ws.input, FILE);
      const text = readFileSync(file, 'utf8');
      const at = text.lastIndexOf('magnesium');
      const edited = at >= 0 ? text.slice(0, at) + 'MAGNESIUM' + text.slice(at + 9) : text.replace('the', 'THE');
      expect(edited.length).toBe(text.length);
      const before = statSync(file);
      writeFileSync(file, edited);
      utimesSync(file, before.atime, before.mtime);
      age(ws.derived);
      const rerun = await runQuiet({ input: ws.input, derived: ws.derived, report: ws.report });
      expect([rerun.analysed, rerun.corpusSkipped]).toEqual([1, false]);

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
