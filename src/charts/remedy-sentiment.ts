import type { TopLevelSpec } from 'vega-lite';
import { chartBase } from './base.ts';
import { categoryScale, scaleFor } from './scales.ts';

/**
 * One remedy's sentiment: `mean` is the mean score of the sentences mentioning it; `q1`..`q3` and `low`..`high`
 * are the middle half and the 5th-95th percentile of those scores (or of the mentioning comments when sentence
 * scores are not in the tables).
 */
export type RemedySentimentRow = {
  label: string;
  category: string;
  mentions: number;
  mean: number;
  low: number;
  q1: number;
  q3: number;
  high: number;
};

/** Returns the spec of sentence sentiment per remedy: the mean as a dot, its spread as a box and whiskers. */
export function remedySentimentSpec(rows: RemedySentimentRow[]): TopLevelSpec {
  const y = { field: 'label', type: 'nominal', title: null, sort: { field: 'mean', order: 'descending' } } as const;
  const tooltip = [
    { field: 'label', type: 'nominal', title: 'Remedy' },
    { field: 'mentions', type: 'quantitative', title: 'Mentions' },
    { field: 'mean', type: 'quantitative', title: 'Mean sentiment', format: '.2f' },
    { field: 'q1', type: 'quantitative', title: '25th percentile', format: '.2f' },
    { field: 'q3', type: 'quantitative', title: '75th percentile', format: '.2f' },
  ] as const;
  return {
    ...chartBase('Sentiment per remedy', 'Dot: mean sentiment of sentences mentioning the remedy; box: middle half; line: 5th–95th percentile.', 520, { step: 15 }),
    data: { values: rows },
    // `y` is set per layer, not on the whole chart: the zero line has its own data, and an inherited `y` would give it
    // a row of its own (an empty "undefined" remedy at the bottom).
    layer: [
      { mark: { type: 'rule', color: '#999999' }, encoding: { y, x: { field: 'low', type: 'quantitative', title: 'Sentiment (−1 to 1)', scale: { domain: [-1, 1] } }, x2: { field: 'high' } } },
      { mark: { type: 'bar', color: '#dddddd', size: 9 }, encoding: { y, x: { field: 'q1', type: 'quantitative' }, x2: { field: 'q3' } } },
      {
        mark: { type: 'point', filled: true, size: 50, tooltip: true },
        encoding: {
          y,
          x: { field: 'mean', type: 'quantitative' },
          color: { field: 'category', type: 'nominal', title: 'Category', scale: scaleFor(categoryScale, rows.map((r) => r.category)) },
          tooltip: [...tooltip],
        },
      },
      { mark: { type: 'rule', color: '#444444', strokeDash: [3, 3] }, data: { values: [{ zero: 0 }] }, encoding: { x: { field: 'zero', type: 'quantitative' } } },
    ],
  };
}
