import type { TopLevelSpec } from 'vega-lite';
import { chartBase } from './base.ts';
import { heatScheme } from './scales.ts';

/** Replies from one active commenter to another. */
export type ReplyPairRow = { from_author: string; to_author: string; replies: number };

/** Returns the spec of the reply matrix among the most active commenters (rows answer columns). */
export function whoAnswersWhomSpec(rows: ReplyPairRow[], authors: string[]): TopLevelSpec {
  return {
    ...chartBase('Who answers whom', `Replies among the ${authors.length} most active commenters: the row’s person answering the column’s.`, { step: 20 }, { step: 20 }),
    data: { values: rows },
    mark: { type: 'rect', tooltip: true },
    encoding: {
      x: { field: 'to_author', type: 'nominal', title: 'Answered', scale: { domain: authors }, axis: { labelAngle: -45 } },
      y: { field: 'from_author', type: 'nominal', title: 'Answering', scale: { domain: authors } },
      color: { field: 'replies', type: 'quantitative', title: 'Replies', scale: { scheme: heatScheme } },
      tooltip: [
        { field: 'from_author', type: 'nominal', title: 'From' },
        { field: 'to_author', type: 'nominal', title: 'To' },
        { field: 'replies', type: 'quantitative', title: 'Replies' },
      ],
    },
  };
}
