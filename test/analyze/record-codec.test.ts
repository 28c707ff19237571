import { describe, expect, it } from 'vitest';
import type { PostAnalysis } from '../../src/schema/analysis.ts';
import { packAnalysis, unpackAnalysis } from '../../src/analyze/record-codec.ts';
import type { RawComment } from '../../src/schema/comment.ts';
import type { ParsedPost } from '../../src/schema/post.ts';

const post = { post_id: 'p', body: 'The post says magnesium helped my sleep a great deal.' } as ParsedPost;
const comments = [
  { comment_id: 'c1', post_id: 'p', text: 'First sentence is about nothing. Then foam rolling saved my season.' },
  { comment_id: 'c2', post_id: 'p', text: 'Short one.' },
] as RawComment[];

const mention = (comment_id: string, sentence: string) => ({
  post_id: 'p', comment_id, remedy_id: 'x', category: 'c', matched_text: 'x', negated: false, outcome: 'unknown' as const, sentence, sentence_index: 0, source_line: 1,
});

const analysis: PostAnalysis = {
  mentions: [mention('', 'The post says magnesium helped my sleep a great deal.'), mention('c1', 'Then foam rolling saved my season.')],
  candidates: [{ term: 'x', post_id: 'p', comment_id: 'c1', author: 'A', sentence: 'Then foam rolling saved my season.' }],
  sentences: [
    { comment_id: 'c1', sentence_index: 0, text: 'First sentence is about nothing.', sentiment_score: 0 },
    { comment_id: 'c1', sentence_index: 1, text: 'Then foam rolling saved my season.', sentiment_score: 0.5 },
    { comment_id: 'c2', sentence_index: 0, text: 'Short one.', sentiment_score: 0 },
    { comment_id: 'c2', sentence_index: 1, text: 'a text that is not in the comment', sentiment_score: 0 },
  ],
  sentiment: [{ comment_id: 'c1', sentiment_score: 0.5, sentiment_label: 'positive' }],
};

describe('packAnalysis', () => {
  it('stores a sentence found in its comment as its range', () => {
    expect(packAnalysis(analysis, post, comments).sentences[1]).toEqual(['c1', 1, [33, 67], 0.5]);
  });

  it('stores a body mention as a range of the post body', () => {
    expect(packAnalysis(analysis, post, comments).mentions[0]).toEqual(['', 'x', 'c', 'x', false, 'unknown', [0, 53], 0, 1]);
  });

  it('keeps a text its comment does not hold, and short texts, as strings', () => {
    const packed = packAnalysis(analysis, post, comments).sentences;
    expect(packed[3]?.[2]).toBe('a text that is not in the comment');
    expect(packed[2]?.[2]).toBe('Short one.');
  });

  it('refuses a mention of another post (a mention is stored without its post id)', () => {
    expect(() => packAnalysis({ ...analysis, mentions: [{ ...analysis.mentions[0]!, post_id: 'q' }] }, post, comments)).toThrow(/mention of post q/);
  });

  it('round-trips through JSON to the same analysis', () => {
    const packed = JSON.parse(JSON.stringify(packAnalysis(analysis, post, comments)));
    expect(unpackAnalysis(packed, post, comments)).toEqual(analysis);
  });
});
