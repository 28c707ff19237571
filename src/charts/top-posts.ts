import type { TopLevelSpec } from 'vega-lite';
import { chartBase } from './base.ts';
import { plainColor } from './scales.ts';

/** One of the most-discussed posts (`label` is a short unique axis label, `title` the full title). */
export type TopPostRow = { post_id: string; label: string; title: string; published: string; comments: number; commenters: number };

/** Returns the spec of the most-discussed posts as horizontal bars. */
export function topPostsSpec(rows: TopPostRow[]): TopLevelSpec {
  return {
    ...chartBase('Most-discussed posts', `The ${rows.length} posts with the most comments.`, 520, { step: 16 }),
    data: { values: rows },
    mark: { type: 'bar', color: plainColor, tooltip: true },
    encoding: {
      y: { field: 'label', type: 'nominal', title: null, sort: { field: 'comments', order: 'descending' } },
      x: { field: 'comments', type: 'quantitative', title: 'Comments' },
      tooltip: [
        { field: 'title', type: 'nominal', title: 'Post' },
        { field: 'published', type: 'nominal', title: 'Published' },
        { field: 'comments', type: 'quantitative', title: 'Comments' },
        { field: 'commenters', type: 'quantitative', title: 'Commenters' },
      ],
    },
  };
}
