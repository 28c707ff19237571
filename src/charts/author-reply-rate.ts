import type { TopLevelSpec } from 'vega-lite';
import { chartBase } from './base.ts';

/** The post author's answering per year: mean reply rate over posts with comments, and median response time. */
export type ReplyRateRow = { year: string; posts: number; reply_rate: number; median_response_minutes: number | null };

/** Returns the spec of how often the post's author answers comments, by year the post was published. */
export function authorReplyRateSpec(rows: ReplyRateRow[]): TopLevelSpec {
  return {
    ...chartBase('How often the author answers', 'Mean share of comments the post’s author answered, over posts with comments, by year published.', 640, 200),
    data: { values: rows },
    mark: { type: 'line', point: true, color: '#e15759', tooltip: true },
    encoding: {
      x: { field: 'year', type: 'ordinal', title: 'Year published', axis: { labelAngle: 0 } },
      y: { field: 'reply_rate', type: 'quantitative', title: 'Reply rate', axis: { format: '.0%' }, scale: { domain: [0, 1] } },
      tooltip: [
        { field: 'year', type: 'ordinal', title: 'Year' },
        { field: 'posts', type: 'quantitative', title: 'Posts with comments' },
        { field: 'reply_rate', type: 'quantitative', title: 'Reply rate', format: '.1%' },
        { field: 'median_response_minutes', type: 'quantitative', title: 'Median response (min)', format: ',.0f' },
      ],
    },
  };
}
