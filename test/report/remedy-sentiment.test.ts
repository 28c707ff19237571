import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/report/context.ts';
import { remedySentiment } from '../../src/report/prepare-remedies.ts';

const top = [{ remedy_id: 'ice', label: 'Ice', category: 'devices-and-aids', mentions: 3, commenters: 3 }];
const comments = aq.from([
  { comment_id: 'c1', post_id: 'p', author: 'Ann', sentiment_score: 0.9 },
  { comment_id: 'c2', post_id: 'p', author: 'Bob', sentiment_score: -0.9 },
  { comment_id: 'c3', post_id: 'p', author: 'Cy', sentiment_score: 0.1 },
]);

describe('remedySentiment', () => {
  it('scores each mention by its sentence (by index, else by text), else by its comment', () => {
    const mentions = aq.from([
      { post_id: 'p', comment_id: 'c1', remedy_id: 'ice', sentence_index: 1, sentence: 'Ice helped.' },
      { post_id: 'p', comment_id: 'c2', remedy_id: 'ice', sentence_index: 7, sentence: ' Ice did nothing. ' },
      { post_id: 'p', comment_id: 'c3', remedy_id: 'ice', sentence_index: 0, sentence: 'Ice, maybe.' },
    ]);
    const sentences = aq.from([
      { comment_id: 'c1', sentence_index: 0, text: 'Hi.', sentiment_score: 0 },
      { comment_id: 'c1', sentence_index: 1, text: 'Ice helped.', sentiment_score: 0.5 },
      { comment_id: 'c2', sentence_index: 0, text: 'Ice did nothing.', sentiment_score: -0.5 },
    ]);
    const ctx = buildContext({ comments, remedy_mentions: mentions, sentences }, null);
    // Scores 0.5 (index), -0.5 (text: index 7 is unknown), 0.1 (comment c3 has no sentences).
    expect(remedySentiment(ctx, top)).toEqual([{ label: 'Ice', category: 'devices-and-aids', mentions: 3, mean: 0.033, low: -0.44, q1: -0.2, q3: 0.3, high: 0.46 }]);
  });

  it('gives a row for each remedy asked for, with mentions of other remedies left out of its scores', () => {
    const mentions = aq.from([
      { post_id: 'p', comment_id: 'c1', remedy_id: 'ice', sentence_index: 0, sentence: 'Ice.' },
      { post_id: 'p', comment_id: 'c2', remedy_id: 'ice', sentence_index: 0, sentence: 'Ice.' },
      { post_id: 'p', comment_id: 'c3', remedy_id: 'ice', sentence_index: 0, sentence: 'Ice.' },
      { post_id: 'p', comment_id: 'c2', remedy_id: 'heat', sentence_index: 0, sentence: 'Heat.' },
    ]);
    const ctx = buildContext({ comments, remedy_mentions: mentions }, null);
    // Comment scores 0.9, -0.9, 0.1 for ice; heat is not asked for.
    expect(remedySentiment(ctx, top).map((r) => [r.label, r.mean, r.low, r.high])).toEqual([['Ice', 0.033, -0.8, 0.82]]);
  });

  it('takes a mention\'s own sentence score when the mentions carry one, and looks up only the mentions without', () => {
    const mentions = aq.from([
      { post_id: 'p', comment_id: 'c1', remedy_id: 'ice', sentence_index: 0, sentence: 'Ice.', sentence_score: 0.4 },
      { post_id: 'p', comment_id: 'c2', remedy_id: 'ice', sentence_index: 0, sentence: 'Ice.', sentence_score: null },
      { post_id: 'p', comment_id: 'c3', remedy_id: 'ice', sentence_index: 0, sentence: 'Ice.', sentence_score: -0.2 },
    ]);
    const sentences = aq.from([
      { comment_id: 'c1', sentence_index: 0, text: 'Ice.', sentiment_score: 0.9 },
      { comment_id: 'c2', sentence_index: 0, text: 'Ice.', sentiment_score: -0.6 },
    ]);
    const ctx = buildContext({ comments, remedy_mentions: mentions, sentences }, null);
    // Scores 0.4 (its own), -0.6 (looked up: it has none), -0.2 (its own, though c3 has no sentence).
    expect(remedySentiment(ctx, top).map((r) => [r.mean, r.low, r.high])).toEqual([[-0.133, -0.56, 0.34]]);
  });
});
