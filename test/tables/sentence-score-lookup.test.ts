import { describe, expect, it } from 'vitest';
import { sentenceScoreLookup } from '../../src/tables/sentiment.ts';

const s = (comment_id: string, sentence_index: number, sentiment_score: number) => ({ comment_id, sentence_index, sentiment_score });

/** The lookup it replaces: every sentence in a map by comment id and index, the last one winning. */
function naive(sentences: ReturnType<typeof s>[]) {
  const m = new Map<string, number>();
  for (const x of sentences) m.set(`${x.comment_id}|${x.sentence_index}`, x.sentiment_score);
  return (c: string, i: number) => m.get(`${c}|${i}`) ?? null;
}

const probes: [string, number][] = [['a', 0], ['a', 1], ['a', 2], ['b', 0], ['b', 1], ['c', 0], ['', 0], ['a', -1]];

describe('sentenceScoreLookup', () => {
  it('finds each sentence of comments written together, and nothing past a comment', () => {
    const rows = [s('a', 0, 0.1), s('a', 1, 0.2), s('b', 0, -0.3)];
    const f = sentenceScoreLookup(rows);
    expect(f('a', 1)).toBe(0.2);
    expect(f('b', 0)).toBe(-0.3);
    expect(f('a', 2)).toBeNull(); // the next row is b's first sentence
    expect(f('c', 0)).toBeNull();
  });

  it('answers as a full index for any other layout: shuffled, repeated ids (last wins), a block not starting at 0', () => {
    const layouts = [
      [s('a', 1, 0.2), s('a', 0, 0.1), s('b', 0, 0.5)],
      [s('a', 0, 0.1), s('b', 0, 0.5), s('a', 1, 0.2)],
      [s('a', 0, 0.1), s('a', 1, 0.2), s('a', 0, 0.9)],
      [s('a', 0, 0.1), s('a', 1, 0.2), s('b', 0, 0.5), s('a', 0, 0.7), s('a', 1, 0.8), s('a', 2, 0.6)],
      [s('b', 1, 0.4), s('a', 0, 0.1)],
      [],
    ];
    for (const rows of layouts) {
      const f = sentenceScoreLookup(rows);
      const g = naive(rows);
      for (const [c, i] of probes) expect([c, i, f(c, i)]).toEqual([c, i, g(c, i)]);
    }
  });
});
