import type { TopLevelSpec } from 'vega-lite';
import { chartConfig } from './base.ts';
import { sentimentScale } from './scales.ts';

/** One month's comments with one sentiment label and their share of that month. */
export type SentimentShareRow = { month: string; month_start: string; label: string; comments: number; share: number };

/** One month's mean comment sentiment score. */
export type SentimentMeanRow = { month: string; month_start: string; comments: number; mean_sentiment: number };

/** Returns the spec of sentiment label shares per month (stacked to 100%) above the mean score per month. */
export function sentimentByMonthSpec(rows: SentimentShareRow[], means: SentimentMeanRow[]): TopLevelSpec {
  const x = { field: 'month_start', type: 'temporal', timeUnit: 'utcyearmonth', title: 'Month', scale: { type: 'utc' } } as const;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: 'Sentiment per month', anchor: 'start', fontSize: 14 },
    description: 'Top: share of positive, neutral and negative comments each month. Bottom: mean comment sentiment score.',
    config: chartConfig,
    vconcat: [
      {
        width: 640,
        height: 160,
        data: { values: rows },
        transform: [{ calculate: `indexof(${JSON.stringify(sentimentScale.domain)}, datum.label)`, as: 'label_order' }],
        mark: { type: 'bar', tooltip: true },
        encoding: {
          x: { ...x, title: null },
          y: { field: 'share', type: 'quantitative', title: 'Share of comments', stack: 'zero', axis: { format: '.0%' }, scale: { domain: [0, 1] } },
          color: { field: 'label', type: 'nominal', title: null, scale: sentimentScale },
          order: { field: 'label_order', type: 'quantitative', sort: 'ascending' },
          tooltip: [
            { field: 'month', type: 'nominal', title: 'Month' },
            { field: 'label', type: 'nominal', title: 'Label' },
            { field: 'comments', type: 'quantitative', title: 'Comments' },
            { field: 'share', type: 'quantitative', title: 'Share', format: '.1%' },
          ],
        },
      },
      {
        width: 640,
        height: 120,
        data: { values: means },
        mark: { type: 'line', point: { size: 12 }, color: '#333333', tooltip: true },
        encoding: {
          x,
          y: { field: 'mean_sentiment', type: 'quantitative', title: 'Mean score' },
          tooltip: [
            { field: 'month', type: 'nominal', title: 'Month' },
            { field: 'comments', type: 'quantitative', title: 'Comments' },
            { field: 'mean_sentiment', type: 'quantitative', title: 'Mean score', format: '.3f' },
          ],
        },
      },
    ],
  };
}
