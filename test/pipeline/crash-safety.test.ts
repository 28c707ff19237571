import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_NAME } from '../../pipeline/lock.ts';
import { cliLocked } from '../../src/messages/cli.ts';
import { ROOT, readTree, runCli, runQuiet, startCli, tempWorkspace } from './helpers.ts';

const SAMPLE = path.join(ROOT, 'data/raw');

/** Starts a CLI run and SIGKILLs it `delayMs` after it starts; resolves when it is dead. */
function killAfter(args: string[], delayMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = startCli(args);
    const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

describe('crash safety', () => {
  it('a run killed at any moment leaves the previous outputs whole, and the next run is correct', async () => {
    const ws = tempWorkspace(SAMPLE);
    try {
      const args = ['run', '--input', ws.input, '--derived', ws.derived, '--report', ws.report];
      await runQuiet({ input: ws.input, derived: ws.derived, report: ws.report });
      const before = { derived: readTree(ws.derived), report: readTree(ws.report) };
      const file = path.join(ws.input, '2011/02/the-psychology-of-back-pain/index.md');
      writeFileSync(file, readFileSync(file, 'utf8') + '\n### Newcomer\n*March 3 at 2025 at 9:15 AM*\n\nMagnesium helped.\n\n---\n');
      // What a completed rerun writes, from a copy of the same previous state.
      const pristine = { derived: path.join(ws.dir, 'derived-p'), report: path.join(ws.dir, 'reports-p') };
      cpSync(ws.derived, pristine.derived, { recursive: true });
      cpSync(ws.report, pristine.report, { recursive: true });
      const c = { derived: path.join(ws.dir, 'derived-c'), report: path.join(ws.dir, 'reports-c') };
      cpSync(ws.derived, c.derived, { recursive: true });
      cpSync(ws.report, c.report, { recursive: true });
      await runQuiet({ input: ws.input, ...c });
      const after = { derived: readTree(c.derived), report: readTree(c.report) };
      for (const delay of [300, 900, 1500, 2100, 2700, 3300]) {
        // Each kill starts from the same previous state (a completed run would otherwise become the new baseline).
        for (const kind of ['derived', 'report'] as const) {
          rmSync(ws[kind], { recursive: true, force: true });
          cpSync(pristine[kind], ws[kind], { recursive: true });
        }
        await killAfter(args, delay);
        // Every output is either the previous run's or the completed rerun's: no partial file is ever visible.
        for (const kind of ['derived', 'report'] as const) {
          for (const [name, content] of readTree(ws[kind])) {
            if (name.endsWith('.tmp')) continue;
            expect([before[kind].get(name), after[kind].get(name)]).toContain(content);
          }
        }
      }
      const b = { derived: path.join(ws.dir, 'derived-b'), report: path.join(ws.dir, 'reports-b') };
      const r = runCli(args);
      expect(r.status).toBe(0);
      expect(r.stderr).toContain('summary');
      await runQuiet({ input: ws.input, ...b, full: true });
      const tables = (dir: string) => new Map([...readTree(dir)].filter(([f]) => f !== 'changes.csv'));
      expect(tables(ws.derived)).toEqual(tables(b.derived));
      const leftovers = (readdirSync(ws.derived, { recursive: true }) as string[]).filter((f) => f.endsWith('.tmp'));
      expect(leftovers).toEqual([]);
    } finally {
      rmSync(ws.dir, { recursive: true, force: true });
    }
  });

  it('a second run on the same --derived exits with a clear message while the lock holder lives', () => {
    const ws = tempWorkspace(SAMPLE);
    try {
      runCli(['run', '--input', ws.input, '--derived', ws.derived, '--report', ws.report]);
      writeFileSync(path.join(ws.derived, LOCK_NAME), String(process.pid));
      const r = runCli(['run', '--input', ws.input, '--derived', ws.derived, '--report', ws.report]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(cliLocked(ws.derived, process.pid));
    } finally {
      rmSync(ws.dir, { recursive: true, force: true });
    }
  });

  it('takes over a stale lock left by a dead process', async () => {
    const ws = tempWorkspace(SAMPLE);
    try {
      const { mkdirSync } = await import('node:fs');
      mkdirSync(ws.derived, { recursive: true });
      const pid = deadPid();
      writeFileSync(path.join(ws.derived, LOCK_NAME), String(pid));
      const r = await runQuiet({ input: ws.input, derived: ws.derived, report: ws.report });
      expect(r.exitCode).toBe(0);
      expect(r.log).toContain(`took over a stale lock left by pid ${pid}`);
    } finally {
      rmSync(ws.dir, { recursive: true, force: true });
    }
  });

  it('gives identical outputs with 1 worker and with 2 workers', async () => {
    const ws = tempWorkspace(SAMPLE);
    try {
      await runQuiet({ input: ws.input, derived: ws.derived, report: ws.report, workers: 1 });
      const b = { derived: path.join(ws.dir, 'derived-b'), report: path.join(ws.dir, 'reports-b') };
      await runQuiet({ input: ws.input, ...b, workers: 2 });
      expect(readTree(ws.derived)).toEqual(readTree(b.derived));
      expect(readTree(ws.report)).toEqual(readTree(b.report));
    } finally {
      rmSync(ws.dir, { recursive: true, force: true });
    }
  });
});
