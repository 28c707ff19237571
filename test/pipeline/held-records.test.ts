// Its own file: the records a run holds in memory are process-wide state.
import { cpSync, openSync, readFileSync, closeSync, readSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachePaths, readManifestHeader } from '../../pipeline/manifest.ts';
import { heldRecords, readRecords } from '../../pipeline/records-file.ts';
import { ROOT, readTree, runQuiet, tempWorkspace } from './helpers.ts';

describe('records held between runs in one process (watch mode)', () => {
  it('serve the next run only while the records file holds them, and give the bytes of a clean run', async () => {
    const ws = tempWorkspace(path.join(ROOT, 'data/raw'));
    try {
      const options = { input: ws.input, derived: ws.derived, report: ws.report };
      const header = () => readManifestHeader(ws.derived)!;
      const post = (rel: string) => path.join(ws.input, rel);
      await runQuiet(options);
      // A first run writes the records file whole: nothing is held, the next run reads the file.
      expect(heldRecords(ws.derived, header())).toBeNull();

      const a = post('2011/02/the-psychology-of-back-pain/index.md');
      writeFileSync(a, readFileSync(a, 'utf8') + '\n### Newcomer\n*March 3 at 2025 at 9:15 AM*\n\nMagnesium helped my sleep.\n\n---\n');
      expect((await runQuiet(options)).analysed).toBe(1);
      // The rerun appended its changed record; what it holds is what the file holds.
      const held = heldRecords(ws.derived, header());
      expect(held).not.toBeNull();
      expect(held).toEqual(await readRecords(ws.derived, header()));

      // The next rerun starts from the held records (and appends again).
      const b = post('2008/04/military-mas/index.md');
      writeFileSync(b, readFileSync(b, 'utf8') + '\n### Another\n*March 4 at 2025 at 9:15 AM*\n\nFoam rolling saved my season.\n\n---\n');
      const clean = { derived: path.join(ws.dir, 'derived-clean'), report: path.join(ws.dir, 'reports-clean') };
      cpSync(ws.derived, clean.derived, { recursive: true });
      cpSync(ws.report, clean.report, { recursive: true });
      expect((await runQuiet(options)).analysed).toBe(1);
      const again = heldRecords(ws.derived, header());
      expect(again).toEqual(await readRecords(ws.derived, header()));
      await runQuiet({ input: ws.input, ...clean, full: true });
      expect(readTree(ws.derived)).toEqual(readTree(clean.derived));
      expect(readTree(ws.report)).toEqual(readTree(clean.report));
      // The clean run (another records file, written whole) let go of what was held.
      expect(heldRecords(ws.derived, header())).toBeNull();
    } finally {
      rmSync(ws.dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('are not used once the records file was changed behind them', async () => {
    const ws = tempWorkspace(path.join(ROOT, 'data/raw'));
    try {
      const options = { input: ws.input, derived: ws.derived, report: ws.report };
      await runQuiet(options);
      const a = path.join(ws.input, '2011/02/the-psychology-of-back-pain/index.md');
      writeFileSync(a, readFileSync(a, 'utf8') + '\n### Newcomer\n*March 3 at 2025 at 9:15 AM*\n\nMagnesium helped my sleep.\n\n---\n');
      await runQuiet(options);
      const header = readManifestHeader(ws.derived)!;
      expect(heldRecords(ws.derived, header)).not.toBeNull();
      // One byte of the part the manifest covers, changed and put back: held only while the bytes are the same.
      const file = cachePaths(ws.derived).records;
      const fd = openSync(file, 'r+');
      const byte = Buffer.alloc(1);
      readSync(fd, byte, 0, 1, 10);
      writeSync(fd, Buffer.from([byte[0]! ^ 1]), 0, 1, 10);
      expect(heldRecords(ws.derived, header)).toBeNull();
      writeSync(fd, byte, 0, 1, 10);
      closeSync(fd);
      expect(heldRecords(ws.derived, header)).not.toBeNull();
    } finally {
      rmSync(ws.dir, { recursive: true, force: true });
    }
  }, 60_000);
});
