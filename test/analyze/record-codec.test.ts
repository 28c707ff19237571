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
  it('stores sentences as columns, a sentence found in its comment as its range and its comment by index', () => {
    const { sentences } = packAnalysis(analysis, post, comments);
    expect(sentences.comment).toEqual([0, 0, 1, 1]);
    expect(sentences.sentence_index).toEqual([0, 1, 0, 1]);
    expect([sentences.text.start[1], sentences.text.end[1]]).toEqual([33, 67]);
    expect(sentences.sentiment_score).toEqual([0, 0.5, 0, 0]);
  });

  it('stores a body mention as a range of the post body, under comment index -1', () => {
    const { mentions } = packAnalysis(analysis, post, comments);
    expect(mentions.comment).toEqual([-1, 0]);
    expect([mentions.sentence.start[0], mentions.sentence.end[0]]).toEqual([0, 53]);
    expect(mentions.remedy_id).toEqual(['x', 'x']);
  });

  it('keeps a text its comment does not hold, and short texts, as literals in row order', () => {
    const { text } = packAnalysis(analysis, post, comments).sentences;
    expect(text.start.slice(2)).toEqual([-1, -1]);
    expect(text.literals).toEqual(['Short one.', 'a text that is not in the comment']);
  });

  it('refuses a mention of another post (a mention is stored without its post id), and a result of a comment the post lacks', () => {
    expect(() => packAnalysis({ ...analysis, mentions: [{ ...analysis.mentions[0]!, post_id: 'q' }] }, post, comments)).toThrow(/mention of post q/);
    expect(() => packAnalysis({ ...analysis, sentences: [{ ...analysis.sentences[0]!, comment_id: 'c9' }] }, post, comments)).toThrow(/comment c9/);
  });

  it('round-trips through JSON to the same analysis', () => {
    const packed = JSON.parse(JSON.stringify(packAnalysis(analysis, post, comments)));
    expect(unpackAnalysis(packed, post, comments)).toEqual(analysis);
  });

  it('names a comment whose id repeats in the post by that id, and cuts its texts from the text packing used', () => {
    const twice = [...comments, { comment_id: 'c1', post_id: 'p', text: 'Another text. Then foam rolling saved my season.' }] as RawComment[];
    const packed = JSON.parse(JSON.stringify(packAnalysis(analysis, post, twice)));
    expect(unpackAnalysis(packed, post, twice)).toEqual(analysis);
  });
});
