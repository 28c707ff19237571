import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/report/context.ts';
import { remedyQuotes } from '../../src/report/quotes.ts';

const top = [{ remedy_id: 'ice', label: 'Ice', category: 'devices-and-aids', mentions: 5, commenters: 4 }];
const comments = aq.from([
  { comment_id: 'c1', post_id: 'p', author: 'Ann', local_time: '2011-02-04T20:28:00' },
  { comment_id: 'c2', post_id: 'p', author: 'Bob', local_time: '2011-02-05T08:00:00' },
  { comment_id: 'c3', post_id: 'p', author: 'Ann', local_time: '2011-02-06T09:00:00' },
  { comment_id: 'c4', post_id: 'p', author: 'Cy', local_time: '2011-02-07T10:00:00' },
  { comment_id: 'c5', post_id: 'p', author: 'Dee', local_time: '2011-02-08T11:00:00' },
]);
const mention = (comment_id: string, sentence: string, outcome = 'unknown', negated = false) =>
  ({ post_id: 'p', comment_id, remedy_id: 'ice', category: 'devices-and-aids', outcome, negated, sentence });

describe('remedyQuotes', () => {
  it('collapses every run of whitespace (newlines, tabs, double and no-break spaces) and trims', () => {
    const mentions = aq.from([
      mention('c1', 'Ice on the knee\nevery night\thelped a lot. ', 'helped'),
      mention('c2', 'Ice and\u00a0rest for two weeks did nothing.', 'no-effect'),
      mention('c5', 'Ice and a brace,  each after a run.', 'worse'),
      mention('c4', ' Plain single spaces stay as they are, ice included. '),
    ]);
    const quotes = remedyQuotes(buildContext({ comments, remedy_mentions: mentions }, null), top, 4);
    expect(quotes.map((q) => q.quote)).toEqual([
      'Ice on the knee every night helped a lot.',
      'Ice and a brace, each after a run.',
      'Ice and rest for two weeks did nothing.',
      'Plain single spaces stay as they are, ice included.',
    ]);
  });

  it('puts telling outcomes first, takes one quote per author, and leaves out negated and short mentions', () => {
    const mentions = aq.from([
      mention('c4', 'I might try ice on it next time it flares.', 'considering'),
      mention('c1', 'Ice made my shoulder feel a lot better.', 'helped'),
      mention('c3', 'Ice again helped me after the second race.', 'helped'),
      mention('c2', 'I never used ice for this injury at all.', 'unknown', true),
      mention('c2', 'Ice. Short.', 'helped'),
    ]);
    const quotes = remedyQuotes(buildContext({ comments, remedy_mentions: mentions }, null), top, 3);
    expect(quotes.map((q) => [q.author, q.outcome, q.remedy, q.date])).toEqual([
      ['Ann', 'helped', 'Ice', '2011-02-06'],
      ['Cy', 'considering', 'Ice', '2011-02-07'],
    ]);
  });
});
