import type { TopLevelSpec } from 'vega-lite';
import { chartBase } from './base.ts';

/** A thread at one end of the sentiment range; `end` is `most positive` or `most negative`. */
export type ThreadSentimentRow = { post_id: string; label: string; title: string; comments: number; mean_sentiment: number; end: string };

/** Returns the spec of the most positive and most negative threads as diverging bars. */
export function threadSentimentSpec(rows: ThreadSentimentRow[], minComments: number): TopLevelSpec {
  return {
    ...chartBase('Most positive and most negative threads', `Mean comment sentiment of threads with at least ${minComments} comments, both ends.`, 480, { step: 16 }),
    data: { values: rows },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      y: { field: 'label', type: 'nominal', title: null, sort: { field: 'mean_sentiment', order: 'descending' } },
      x: { field: 'mean_sentiment', type: 'quantitative', title: 'Mean sentiment' },
      color: { field: 'end', type: 'nominal', title: null, scale: { domain: ['most positive', 'most negative'], range: ['#1a9850', '#d73027'] } },
      tooltip: [
        { field: 'title', type: 'nominal', title: 'Post' },
        { field: 'comments', type: 'quantitative', title: 'Comments' },
        { field: 'mean_sentiment', type: 'quantitative', title: 'Mean sentiment', format: '.3f' },
      ],
    },
  };
}
