import type { TopLevelSpec } from 'vega-lite';
import { chartBase } from './base.ts';
import { categoryScale, scaleFor } from './scales.ts';

/** Mentions of one remedy category in one year. */
export type CategoryYearRow = { year: string; category: string; mentions: number };

/** Returns the spec of remedy mentions per year, stacked by category. */
export function remedyCategoriesByYearSpec(rows: CategoryYearRow[]): TopLevelSpec {
  const scale = scaleFor(categoryScale, rows.map((r) => r.category));
  return {
    ...chartBase('Remedy categories over the years', 'Remedy mentions per year, split by category.'),
    data: { values: rows },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      x: { field: 'year', type: 'ordinal', title: 'Year', axis: { labelAngle: 0 } },
      y: { field: 'mentions', type: 'quantitative', title: 'Mentions', stack: 'zero' },
      color: { field: 'category', type: 'nominal', title: 'Category', scale },
      order: { field: 'category', sort: 'ascending' },
      tooltip: [
        { field: 'year', type: 'ordinal', title: 'Year' },
        { field: 'category', type: 'nominal', title: 'Category' },
        { field: 'mentions', type: 'quantitative', title: 'Mentions' },
      ],
    },
  };
}
