import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listMarkdown } from '../../pipeline/fs-io.ts';

describe('listMarkdown', () => {
  it('lists every .md file below the folder, at any depth, sorted, with / separators, and nothing else', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'threadlens-list-'));
    try {
      for (const f of ['b/2011/11/post/index.md', 'a.md', 'b/notes.txt', 'b/2011/UPPER.MD', 'c/d/e/f.md']) {
        mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
        writeFileSync(path.join(dir, f), 'x');
      }
      mkdirSync(path.join(dir, 'empty.md'));
      expect(await listMarkdown(dir)).toEqual(['a.md', 'b/2011/11/post/index.md', 'b/2011/UPPER.MD', 'c/d/e/f.md']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
