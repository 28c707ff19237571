import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../pipeline/cli.ts';
import { cliBadValue, cliMissingInput, cliNoPosts, cliUnknownOption } from '../../src/messages/cli.ts';
import { ROOT, runCli, runQuiet, tempWorkspace } from './helpers.ts';

describe('parseCommand', () => {
  it('defaults to run with the documented defaults', () => {
    const c = parseCommand([]);
    expect(c).toEqual({ kind: 'run', options: expect.objectContaining({ input: 'data/raw', derived: 'data/derived', report: 'reports', timezone: 'auto', strict: false, full: false }) });
  });
  it('reads run options', () => {
    const c = parseCommand(['run', '--input', 'x', '--timezone', 'Europe/Berlin', '--strict', '--workers', '2']);
    expect(c).toEqual({ kind: 'run', options: expect.objectContaining({ input: 'x', timezone: 'Europe/Berlin', strict: true, workers: 2 }) });
  });
  it('rejects an unknown option with its name', () => {
    expect(parseCommand(['--bogus'])).toEqual({ kind: 'usage-error', message: cliUnknownOption('--bogus') });
  });
  it('rejects a zone that is not IANA', () => {
    const c = parseCommand(['--timezone', 'Mars/Olympus']);
    expect(c.kind).toBe('usage-error');
  });
  it('rejects a worker count that is not a whole number from 1 to 64, saying what it expects', () => {
    for (const n of ['0', 'abc', '1.5', '100']) {
      expect(parseCommand(['--workers', n])).toEqual({ kind: 'usage-error', message: cliBadValue('--workers', 'expected a whole number of worker threads from 1 to 64, such as `2`') });
    }
  });
  it('takes score with a file', () => {
    expect(parseCommand(['score', 'in.jsonl'])).toEqual({ kind: 'score', options: { file: 'in.jsonl' } });
  });
});

describe('threadlens CLI', () => {
  it('prints help listing every option, exit 0', () => {
    const r = runCli(['--help']);
    expect(r.status).toBe(0);
    for (const o of ['--input', '--derived', '--report', '--timezone', '--lexicon', '--aliases', '--site', '--full', '--watch', '--workers', '--strict']) {
      expect(r.stdout).toContain(o);
    }
  });
  it('exits 2 with a one-line reason on an unknown option', () => {
    const r = runCli(['--nope']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--nope');
  });
  it('exits 2 when the input folder is missing', () => {
    const r = runCli(['--input', '/no/such/folder']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(cliMissingInput('/no/such/folder'));
  });
  it('says so when the input folder holds no Markdown post, and still writes the empty tables', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'threadlens-empty-'));
    try {
      writeFileSync(path.join(dir, 'notes.txt'), 'not a post');
      const r = await runQuiet({ input: dir, derived: path.join(dir, 'derived'), report: path.join(dir, 'reports') });
      expect(r.exitCode).toBe(0);
      expect(r.log).toContain(cliNoPosts(dir));
      expect(readFileSync(path.join(dir, 'derived', 'comments.csv'), 'utf8').trim().split('\n')).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('runs on the sample, writes every table and the report, and a second run is fresh everywhere', () => {
    const ws = tempWorkspace(path.join(ROOT, 'data/raw'));
    const args = ['run', '--input', ws.input, '--derived', ws.derived, '--report', ws.report];
    const first = runCli(args);
    expect([0, 1]).toContain(first.status);
    for (const t of ['posts', 'comments', 'diagnostics', 'remedy_mentions', 'links', 'replies', 'authors', 'changes']) {
      expect(existsSync(path.join(ws.derived, `${t}.csv`))).toBe(true);
    }
    expect(existsSync(path.join(ws.report, 'report.html'))).toBe(true);
    const second = runCli(args);
    expect(second.status).toBe(first.status);
    expect(second.stderr).toMatch(/cache\s+\d+ files: \d+ \[fresh\]\n/);
    expect(second.stderr).toContain('nothing new since the last run');
    expect(readFileSync(path.join(ws.derived, 'changes.csv'), 'utf8').trim()).toBe('kind,post_id,comment_id,author,detail');
  });
});
