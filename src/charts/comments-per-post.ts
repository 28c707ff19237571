import type { TopLevelSpec } from 'vega-lite';
import { chartBase } from './base.ts';
import { plainColor } from './scales.ts';

/** How many posts got a number of comments within one bucket (`order` sorts the buckets). */
export type PostSizeRow = { bucket: string; order: number; posts: number };

/** Returns the spec of the distribution of comments per post (posts per bucket). */
export function commentsPerPostSpec(rows: PostSizeRow[]): TopLevelSpec {
  return {
    ...chartBase('Comments per post', 'How many posts received 0, 1, 2, … comments (bucketed).', 640, 200),
    data: { values: rows },
    mark: { type: 'bar', color: plainColor, tooltip: true },
    encoding: {
      x: { field: 'bucket', type: 'ordinal', title: 'Comments on the post', sort: { field: 'order', order: 'ascending' }, axis: { labelAngle: 0 } },
      y: { field: 'posts', type: 'quantitative', title: 'Posts' },
      tooltip: [
        { field: 'bucket', type: 'ordinal', title: 'Comments' },
        { field: 'posts', type: 'quantitative', title: 'Posts' },
      ],
    },
  };
}
