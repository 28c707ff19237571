import { describe, expect, it } from 'vitest';
import { buildParticipationTables, buildSentimentTables } from '../../src/tables/build.ts';

describe('table builders', () => {
  it('return every participation table with its columns even for empty input', () => {
    const t = buildParticipationTables({ posts: [], comments: [], replies: [], blog_authors: [] });
    expect(Object.keys(t)).toEqual(['authors', 'post_activity', 'response_times', 'activity_by_month', 'activity_by_hour']);
    expect(t.authors.numRows()).toBe(0);
    expect(t.post_activity.columnNames()).toContain('author_reply_rate');
    expect(t.activity_by_hour.numRows()).toBe(168);
  });

  it('return every sentiment table with its columns even for empty input', () => {
    const t = buildSentimentTables({ posts: [], comments: [], mentions: [], sentences: [] });
    expect(t.sentiment_by_remedy.columnNames()).toEqual(['remedy_id', 'mentions', 'commenters', 'mean_sentence_sentiment', 'helped', 'no_effect', 'worse', 'considering']);
    expect(t.sentiment_by_month.numRows()).toBe(0);
  });
});
