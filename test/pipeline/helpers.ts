/** Test helpers for the pipeline shell: temp folders, CLI runs in a child process, in-process runs, output trees. */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RunOptions } from '../../src/schema/options.ts';
import { runPipeline, type RunResult } from '../../pipeline/run.ts';

/** The repository root. */
export const ROOT = path.resolve(import.meta.dirname, '../..');

/** Makes a temp folder holding a copy of `fixture` (a folder of posts) as `input/`. */
export function tempWorkspace(fixture: string): { dir: string; input: string; derived: string; report: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'threadlens-test-'));
  const input = path.join(dir, 'input');
  cpSync(fixture, input, { recursive: true });
  return { dir, input, derived: path.join(dir, 'derived'), report: path.join(dir, 'reports') };
}

/** Runs the CLI in a child process; returns its status and output. */
export function runCli(args: string[], cwd = ROOT): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'pipeline/cli.ts'), ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the CLI in a child process without waiting (for the kill and lock tests). */
export function startCli(args: string[]) {
  return spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'pipeline/cli.ts'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Collects a child's stderr; `seen(text)` resolves once it holds `text` (rejects after 60 s). */
export function stderrOf(child: ReturnType<typeof startCli>): { text: () => string; seen: (text: string) => Promise<void> } {
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const seen = (text: string) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${text}: ${err}`)), 60_000);
      const check = () => {
        if (err.includes(text)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stderr.on('data', check);
      check();
    });
  return { text: () => err, seen };
}

/**
 * Makes `ws.input` hold ten copies of the sample's six posts (60 posts: an input large enough for the warm worker
 * pool); returns their paths under it, sorted.
 */
export function tenCopiesOfSample(ws: { input: string }): string[] {
  rmSync(ws.input, { recursive: true, force: true });
  for (let i = 0; i < 10; i++) {
    const dir = path.join(ws.input, `copy${i}`);
    mkdirSync(dir, { recursive: true });
    cpSync(path.join(ROOT, 'data/raw'), dir, { recursive: true });
  }
  return (readdirSync(ws.input, { recursive: true }) as string[]).filter((f) => f.endsWith('.md')).sort();
}

/** Runs the pipeline in this process with a silent log; returns the result and the log lines. */
export async function runQuiet(options: Partial<RunOptions>): Promise<RunResult & { log: string }> {
  let log = '';
  const result = await runPipeline(RunOptions.parse(options), { write: (l) => void (log += l), isTTY: false });
  return { ...result, log };
}

/** Reads every file under `dir` (but the cache manifest and lock) into a map of relative path -> content. */
export function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
    const p = path.join(dir, f);
    if (statSync(p).isFile() && !path.basename(f).startsWith('.threadlens')) out.set(f, readFileSync(p, 'utf8'));
  }
  return out;
}
