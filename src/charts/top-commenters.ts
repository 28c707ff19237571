import type { TopLevelSpec } from 'vega-lite';
import { chartBase } from './base.ts';
import { roleScale, scaleFor } from './scales.ts';

/** One of the most active commenters; `role` is `blog author` or `reader`. */
export type CommenterRow = { author: string; role: string; comments: number; posts: number; first: string; last: string };

/** Returns the spec of the top commenters as horizontal bars, the blog's author in its own colour. */
export function topCommentersSpec(rows: CommenterRow[]): TopLevelSpec {
  return {
    ...chartBase('Top commenters', `The ${rows.length} people who commented most; the blog's author is marked.`, 520, { step: 16 }),
    data: { values: rows },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      y: { field: 'author', type: 'nominal', title: null, sort: { field: 'comments', order: 'descending' } },
      x: { field: 'comments', type: 'quantitative', title: 'Comments' },
      color: { field: 'role', type: 'nominal', title: null, scale: scaleFor(roleScale, rows.map((r) => r.role)) },
      tooltip: [
        { field: 'author', type: 'nominal', title: 'Commenter' },
        { field: 'role', type: 'nominal', title: 'Role' },
        { field: 'comments', type: 'quantitative', title: 'Comments' },
        { field: 'posts', type: 'quantitative', title: 'Posts commented on' },
        { field: 'first', type: 'nominal', title: 'First comment' },
        { field: 'last', type: 'nominal', title: 'Last comment' },
      ],
    },
  };
}
