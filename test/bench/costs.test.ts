import { describe, expect, it } from 'vitest';
import { marginalCosts } from '../../pipeline/bench/costs.ts';

describe('marginalCosts', () => {
  it('gives the cost of each added comment between corpora and the fixed cost the first two imply', () => {
    const line = marginalCosts([
      { corpus: 'synthetic 10k', comments: 10_000, fullMs: 9_000 },
      { corpus: 'synthetic 100k', comments: 100_000, fullMs: 45_000 },
    ]);
    expect(line).toContain('10k -> 100k 0.400 ms');
    expect(line).toContain('whatever its size, from the first two: 5.00 s.');
    expect(line).not.toContain('target');
  });

  it('says how far apart the steps are with three corpora', () => {
    const line = marginalCosts([
      { corpus: 'synthetic 10k', comments: 10_000, fullMs: 9_000 },
      { corpus: 'synthetic 100k', comments: 100_000, fullMs: 45_000 },
      { corpus: 'synthetic 1M', comments: 1_000_000, fullMs: 477_000 },
    ]);
    expect(line).toContain('100k -> 1M 0.480 ms');
    expect(line).toContain('The steps differ by 20.0% (target: within 15% of linear).');
  });

  it('orders the corpora by size and needs two sizes', () => {
    const line = marginalCosts([
      { corpus: 'synthetic 100k', comments: 100_000, fullMs: 45_000 },
      { corpus: 'synthetic 10k', comments: 10_000, fullMs: 9_000 },
    ]);
    expect(line).toContain('10k -> 100k 0.400 ms');
    expect(marginalCosts([{ corpus: 'synthetic 10k', comments: 10_000, fullMs: 9_000 }])).toBe('');
  });
});
