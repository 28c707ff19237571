import { describe, expect, it } from 'vitest';
import { postIdFromPath } from '../../src/ingest/post-id.ts';

describe('postIdFromPath', () => {
  it('drops the extension and a trailing /index', () => {
    expect(postIdFromPath('2011/02/the-psychology-of-back-pain/index.md')).toBe('2011/02/the-psychology-of-back-pain');
  });
  it('keeps a file name that is not index', () => {
    expect(postIdFromPath('2011/02/hello.md')).toBe('2011/02/hello');
  });
  it('normalizes Windows separators and a leading ./', () => {
    expect(postIdFromPath('.\\2011\\02\\x\\index.md')).toBe('2011/02/x');
  });
  it('keeps a top-level index.md as `index`', () => {
    expect(postIdFromPath('index.md')).toBe('index');
  });
});
