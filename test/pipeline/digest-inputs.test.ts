import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestInputs } from '../../pipeline/inputs.ts';
import { ROOT, runQuiet, tempWorkspace } from './helpers.ts';

describe('digestInputs', () => {
  it('returns the sha256 of each file, and a positioned error for each file it cannot read', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'threadlens-inputs-'));
    try {
      writeFileSync(path.join(dir, 'a.md'), 'hello');
      mkdirSync(path.join(dir, 'folder.md'));
      symlinkSync(path.join(dir, 'missing'), path.join(dir, 'broken.md'));
      const { inputs, unreadable, bytes } = digestInputs(dir, ['a.md', 'broken.md', 'folder.md']);
      const sha = createHash('sha256').update('hello').digest('hex');
      expect(inputs).toEqual([{ rel: 'a.md', sourceFile: `${dir}/a.md`, digest: sha }]);
      expect(bytes).toBe(5);
      expect(unreadable.map((d) => [d.file, d.line, d.severity, d.rule_id])).toEqual([
        [`${dir}/broken.md`, 0, 'error', 'ingest:unreadable'],
        [`${dir}/folder.md`, 0, 'error', 'ingest:unreadable'],
      ]);
      expect(unreadable[0]!.message).toContain('ENOENT');
      expect(unreadable[1]!.message).toContain('EISDIR');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('linked posts', () => {
  it('reads a post behind a symbolic link and names a broken link in the diagnostics', async () => {
    const ws = tempWorkspace(path.join(ROOT, 'data/raw'));
    try {
      const outside = path.join(ws.dir, 'elsewhere.md');
      writeFileSync(outside, readFileSync(path.join(ws.input, '2011/02/the-psychology-of-back-pain/index.md')).toString().replace('the-psychology', 'linked-psychology'));
      symlinkSync(outside, path.join(ws.input, 'linked.md'));
      symlinkSync(path.join(ws.dir, 'nowhere.md'), path.join(ws.input, 'broken.md'));
      const run = await runQuiet({ input: ws.input, derived: ws.derived, report: ws.report });
      expect(run.posts).toBe(7);
      expect(run.exitCode).toBe(1);
      const diagnostics = readFileSync(path.join(ws.derived, 'diagnostics.csv'), 'utf8');
      expect(diagnostics).toContain(`${ws.input}/broken.md,0,0,error,ingest:unreadable`);
      expect(diagnostics).not.toContain('linked.md');
    } finally {
      rmSync(ws.dir, { recursive: true, force: true });
    }
  });
});
