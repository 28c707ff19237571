import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestDuplicatePostId } from '../../src/messages/ingest.ts';
import { ROOT, runQuiet, startCli, stderrOf, tempWorkspace } from './helpers.ts';

const SAMPLE = path.join(ROOT, 'data/raw');

describe('inputs', () => {
  it('warns when two files give the same post id, and keeps both', async () => {
    const ws = tempWorkspace(SAMPLE);
    try {
      copyFileSync(path.join(ws.input, '2008/04/military-mas/index.md'), path.join(ws.input, '2008/04/military-mas.md'));
      const r = await runQuiet({ input: ws.input, derived: ws.derived, report: ws.report });
      expect(r.log).toContain(ingestDuplicatePostId('2008/04/military-mas', `${ws.input}/2008/04/military-mas.md`.replaceAll(path.sep, '/')).message);
      expect(readFileSync(path.join(ws.derived, 'posts.csv'), 'utf8').match(/^2008\/04\/military-mas,/gm)).toHaveLength(2);
    } finally {
      rmSync(ws.dir, { recursive: true, force: true });
    }
  });

  it('--watch reruns after a change and stops cleanly on SIGINT', async () => {
    const ws = tempWorkspace(SAMPLE);
    try {
      const child = startCli(['run', '--input', ws.input, '--derived', ws.derived, '--report', ws.report, '--watch']);
      const { text: err, seen } = stderrOf(child);
      await seen('watching');
      const file = path.join(ws.input, '2011/02/the-psychology-of-back-pain/index.md');
      const text = readFileSync(file, 'utf8');
      // A burst of saves: one rerun.
      for (let i = 0; i < 3; i++) writeFileSync(file, text + `\n### Newcomer\n*March 3 at 2025 at 9:15 AM*\n\nMagnesium helped ${i}.\n\n---\n`);
      await seen('since the last run: 1 new comment,');
      const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      child.kill('SIGINT');
      expect(await exit).toBe(0);
      expect(err().match(/change seen, running again/g)).toHaveLength(1);
      expect(err()).toContain('watch     stopped');
    } finally {
      rmSync(ws.dir, { recursive: true, force: true });
    }
  });

  it('--watch also sees a change inside a folder the input links to', async () => {
    const ws = tempWorkspace(SAMPLE);
    try {
      const elsewhere = path.join(ws.dir, 'elsewhere');
      mkdirSync(elsewhere, { recursive: true });
      cpSync(path.join(ws.input, '2011/02/the-psychology-of-back-pain'), path.join(elsewhere, 'linked-post'), { recursive: true });
      symlinkSync(elsewhere, path.join(ws.input, 'linked'));
      const child = startCli(['run', '--input', ws.input, '--derived', ws.derived, '--report', ws.report, '--watch']);
      const { seen } = stderrOf(child);
      await seen('and 1 linked target (Ctrl-C to stop)');
      const file = path.join(elsewhere, 'linked-post/index.md');
      writeFileSync(file, readFileSync(file, 'utf8') + `\n### Newcomer\n*March 3 at 2025 at 9:15 AM*\n\nMagnesium helped.\n\n---\n`);
      await seen('since the last run: 1 new comment,');
      const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      child.kill('SIGINT');
      expect(await exit).toBe(0);
    } finally {
      rmSync(ws.dir, { recursive: true, force: true });
    }
  });
});
