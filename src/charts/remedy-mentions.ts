import type { TopLevelSpec } from 'vega-lite';
import { chartBase } from './base.ts';
import { categoryScale, scaleFor } from './scales.ts';

/** One remedy's mention count, with its category and how many people mentioned it. */
export type RemedyCountRow = { remedy_id: string; label: string; category: string; mentions: number; commenters: number };

/** Returns the spec of the most-mentioned remedies, coloured by category. */
export function remedyMentionsSpec(rows: RemedyCountRow[]): TopLevelSpec {
  return {
    ...chartBase('Most-mentioned remedies', `The ${rows.length} remedies mentioned most often, coloured by category.`, 520, { step: 15 }),
    data: { values: rows },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      y: { field: 'label', type: 'nominal', title: null, sort: { field: 'mentions', order: 'descending' } },
      x: { field: 'mentions', type: 'quantitative', title: 'Mentions' },
      color: { field: 'category', type: 'nominal', title: 'Category', scale: scaleFor(categoryScale, rows.map((r) => r.category)) },
      tooltip: [
        { field: 'label', type: 'nominal', title: 'Remedy' },
        { field: 'category', type: 'nominal', title: 'Category' },
        { field: 'mentions', type: 'quantitative', title: 'Mentions' },
        { field: 'commenters', type: 'quantitative', title: 'Commenters' },
      ],
    },
  };
}
