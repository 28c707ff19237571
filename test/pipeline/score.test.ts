import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

function score(input: string, args: string[] = []) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'pipeline/cli.ts'), 'score', ...args], { input, encoding: 'utf8', cwd: ROOT });
  return { status: r.status, lines: r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)), stderr: r.stderr };
}

describe('threadlens score', () => {
  it('reads JSON lines and plain lines from stdin and writes one JSON line each', () => {
    const r = score('{"id": "a", "text": "Advil just masked it."}\nFoam rolling saved my season, see https://www.youtube.com/watch?v=x&utm_source=y\n');
    expect(r.status).toBe(0);
    expect(r.lines).toHaveLength(2);
    expect(r.lines[0]).toMatchObject({ id: 'a', remedies: [{ id: 'ibuprofen', outcome: 'no-effect' }] });
    expect(r.lines[1].id).toBe(2);
    expect(r.lines[1].remedies[0]).toMatchObject({ id: 'foam-rolling', outcome: 'helped' });
    expect(r.lines[1].links[0]).toMatchObject({ domain: 'youtube.com', link_class: 'video' });
    expect(r.lines[1].sentiment_label).toBe('positive');
  });
  it('names a JSON line without a text on stderr, skips it and exits 1', () => {
    const r = score('{"id": 1}\n{"text": "Magnesium helped."}\n');
    expect(r.status).toBe(1);
    expect(r.lines).toEqual([expect.objectContaining({ id: 2, remedies: [expect.objectContaining({ id: 'magnesium', outcome: 'helped' })] })]);
    expect(r.stderr).toContain('<stdin>:1:1: error');
    expect(r.stderr).toContain('[score:bad-input]');
  });
  it('exits 2 when the input file cannot be read', () => {
    expect(score('', ['/no/such/file.jsonl']).status).toBe(2);
  });
});
