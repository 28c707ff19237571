import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listMarkdown } from '../../pipeline/fs-io.ts';

describe('listMarkdown', () => {
  it('lists every .md and .markdown file below the folder, at any depth, sorted, with / separators, and nothing else', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'threadlens-list-'));
    try {
      for (const f of ['b/2011/11/post/index.md', 'a.md', 'b/notes.txt', 'b/2011/UPPER.MD', 'c/d/e/f.md', 'j/2012/post.markdown', 'k.mdx']) {
        mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
        writeFileSync(path.join(dir, f), 'x');
      }
      mkdirSync(path.join(dir, 'empty.md'));
      expect(await listMarkdown(dir)).toEqual(['a.md', 'b/2011/11/post/index.md', 'b/2011/UPPER.MD', 'c/d/e/f.md', 'j/2012/post.markdown']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lists symbolic links named .md, broken ones too (reading them reports the problem)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'threadlens-list-'));
    try {
      writeFileSync(path.join(dir, 'real.md'), 'x');
      symlinkSync(path.join(dir, 'real.md'), path.join(dir, 'linked.md'));
      symlinkSync(path.join(dir, 'gone.md.orig'), path.join(dir, 'broken.md'));
      symlinkSync(path.join(dir, 'real.md'), path.join(dir, 'link.txt'));
      expect(await listMarkdown(dir)).toEqual(['broken.md', 'linked.md', 'real.md']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lists through a linked folder once, and not through a link back to a folder on the way', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'threadlens-list-'));
    const dir = path.join(root, 'input');
    const other = path.join(root, 'other');
    try {
      mkdirSync(path.join(dir, '2011'), { recursive: true });
      mkdirSync(path.join(other, 'deep'), { recursive: true });
      writeFileSync(path.join(dir, '2011/a.md'), 'x');
      writeFileSync(path.join(other, 'deep/b.md'), 'x');
      symlinkSync(other, path.join(dir, 'more'));
      symlinkSync(other, path.join(dir, '2011/again'));
      symlinkSync(dir, path.join(other, 'loop'));
      symlinkSync(path.join(root, 'none'), path.join(dir, 'dangling'));
      expect(await listMarkdown(dir)).toEqual(['2011/a.md', '2011/again/deep/b.md']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
