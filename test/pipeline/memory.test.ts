import { describe, expect, it } from 'vitest';
import { heapShortfall } from '../../pipeline/memory.ts';

describe('heapShortfall', () => {
  it('is silent when the input fits the heap', () => {
    expect(heapShortfall(84 * 2 ** 20, 4 * 2 ** 30)).toBeNull();
  });

  it('warns with the size, the need and a flag that would fit', () => {
    const text = heapShortfall(837 * 2 ** 20, 4 * 2 ** 30);
    expect(text).toContain('837 MB');
    expect(text).toContain('10.6 GB of heap');
    expect(text).toContain('may use 4 GB');
    expect(text).toContain('--max-old-space-size=14336');
  });
});
