import { describe, expect, it } from 'vitest';
import { buildSentimentByMonth, buildSentimentByPost, buildSentimentByRemedy, mentionSentenceScores } from '../../src/tables/sentiment.ts';
import { comment, mention, post } from './rows.ts';

const comments = [
  comment({ comment_id: 'c1', post_id: 'p1', author_key: 'Glenn', local_time: '2011-02-06T17:02:00', sentiment_score: 0.6, sentiment_label: 'positive' }),
  comment({ comment_id: 'c2', post_id: 'p1', author_key: 'Tom', local_time: '2011-03-01T10:00:00', sentiment_score: -0.3, sentiment_label: 'negative' }),
  comment({ comment_id: 'c3', post_id: 'p1', author_key: 'Joy', local_time: null, sentiment_score: 0, sentiment_label: 'neutral' }),
];

describe('buildSentimentByRemedy', () => {
  const mentions = [
    mention({ comment_id: 'c1', remedy_id: 'magnesium', sentence_index: 1, outcome: 'helped' }),
    mention({ comment_id: 'c2', remedy_id: 'magnesium', sentence_index: 0, outcome: 'worse' }),
    mention({ comment_id: 'c2', remedy_id: 'msm', sentence_index: 2, outcome: 'considering' }),
    mention({ comment_id: '', remedy_id: 'msm', sentence_index: 0, outcome: 'helped' }),
  ];
  const sentences = [
    { comment_id: 'c1', sentence_index: 0, text: 'a', sentiment_score: -1 },
    { comment_id: 'c1', sentence_index: 1, text: 'b', sentiment_score: 0.5 },
    { comment_id: 'c2', sentence_index: 0, text: 'c', sentiment_score: 0.25 },
  ];
  const t = buildSentimentByRemedy({ comments, mentions, sentences });

  it('counts comment mentions only, most mentioned first', () => {
    expect(t.array('remedy_id')).toEqual(['magnesium', 'msm']);
    expect(t.array('mentions')).toEqual([2, 1]);
    expect(t.array('commenters')).toEqual([2, 1]);
  });

  it('averages the score of each mention’s own sentence', () => {
    expect(t.array('mean_sentence_sentiment')).toEqual([0.375, null]);
  });

  it('scores each mention by its own sentence, none for a body mention or a sentence that is not there', () => {
    expect(mentionSentenceScores(mentions, sentences)).toEqual([0.5, 0.25, null, null]);
  });

  it('averages the scores it is given in place of looking them up', () => {
    const given = buildSentimentByRemedy({ comments, mentions, sentences: [] }, [0.5, 0.25, null, null]);
    expect(given.array('mean_sentence_sentiment')).toEqual([0.375, null]);
  });

  it('counts outcomes', () => {
    expect(t.objects().map((r) => { const o = r as Record<string, number>; return [o.helped, o.no_effect, o.worse, o.considering]; })).toEqual([[1, 0, 1, 0], [0, 0, 0, 1]]);
  });
});

describe('buildSentimentByPost', () => {
  it('summarizes each post, with zeros for a post without comments', () => {
    const t = buildSentimentByPost({ posts: [post({ post_id: 'p1' }), post({ post_id: 'p0' })], comments });
    expect(t.objects()).toEqual([
      { post_id: 'p0', comments: 0, mean_sentiment: null, positive: 0, neutral: 0, negative: 0 },
      { post_id: 'p1', comments: 3, mean_sentiment: 0.1, positive: 1, neutral: 1, negative: 1 },
    ]);
  });
});

describe('buildSentimentByMonth', () => {
  it('summarizes timed comments by local month', () => {
    const t = buildSentimentByMonth({ comments });
    expect(t.objects()).toEqual([
      { month: '2011-02', comments: 1, mean_sentiment: 0.6, positive: 1, neutral: 0, negative: 0 },
      { month: '2011-03', comments: 1, mean_sentiment: -0.3, positive: 0, neutral: 0, negative: 1 },
    ]);
  });
});
