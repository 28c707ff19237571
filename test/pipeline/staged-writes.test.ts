import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StagedWrites } from '../../pipeline/staged-writes.ts';

describe('StagedWrites', () => {
  it('writes strings longer than its encoding buffer as UTF-8, whole characters across every cut', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'threadlens-staged-'));
    // Characters of 1, 2, 3 and 4 bytes (a surrogate pair) and a lone surrogate, over several of the 4 MB buffers.
    const unit = 'a é 中 💪 \ud800 ';
    const big = unit.repeat(Math.ceil((9 << 20) / unit.length));
    const chunks = ['head,', big, Buffer.from(' bytes '), 'tail 💪\n'];
    const staged = new StagedWrites();
    const target = path.join(dir, 'out.csv');
    const sha = staged.stage(target, chunks);
    staged.commit();
    const expected = Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : c)));
    const written = readFileSync(target);
    expect(written.equals(expected)).toBe(true);
    expect(sha).toBe(createHash('sha256').update(expected).digest('hex'));
  });
});
