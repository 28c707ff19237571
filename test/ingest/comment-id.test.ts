import { describe, expect, it } from 'vitest';
import { commentDigest, uniqueIds } from '../../src/ingest/comment-id.ts';

describe('commentDigest', () => {
  it('is 16 hex digits and stable', () => {
    const id = commentDigest('2011/02/p', 'Ann', 'February 4 at 2011 at 8:28 PM', 'Hi.');
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(commentDigest('2011/02/p', 'Ann', 'February 4 at 2011 at 8:28 PM', 'Hi.')).toBe(id);
  });
  it('changes with any of post, author, date or text', () => {
    const base = commentDigest('p', 'a', 'd', 't');
    expect(new Set([base, commentDigest('q', 'a', 'd', 't'), commentDigest('p', 'b', 'd', 't'), commentDigest('p', 'a', 'e', 't'), commentDigest('p', 'a', 'd', 'u')]).size).toBe(5);
  });
  it('does not let fields run into each other', () => {
    expect(commentDigest('p', 'ab', 'c', 't')).not.toBe(commentDigest('p', 'a', 'bc', 't'));
  });
});

describe('uniqueIds', () => {
  it('suffixes repeats with -2, -3 and points at the first', () => {
    expect(uniqueIds(['x', 'y', 'x', 'x'])).toEqual([
      { id: 'x', firstIndex: null },
      { id: 'y', firstIndex: null },
      { id: 'x-2', firstIndex: 0 },
      { id: 'x-3', firstIndex: 0 },
    ]);
  });
});
