import type { TopLevelSpec } from 'vega-lite';
import { chartBase } from './base.ts';
import { linkClassScale, scaleFor } from './scales.ts';

/** Links of one class in one year. */
export type LinkYearRow = { year: string; link_class: string; links: number };

/** Returns the spec of links per year, stacked by link class. */
export function linkClassesByYearSpec(rows: LinkYearRow[]): TopLevelSpec {
  const scale = scaleFor(linkClassScale, rows.map((r) => r.link_class));
  return {
    ...chartBase('Kinds of links over the years', 'Links in posts and comments per year, split by kind of site.'),
    data: { values: rows },
    transform: [{ calculate: `indexof(${JSON.stringify(scale.domain)}, datum.link_class)`, as: 'class_order' }],
    mark: { type: 'bar', tooltip: true },
    encoding: {
      x: { field: 'year', type: 'ordinal', title: 'Year', axis: { labelAngle: 0 } },
      y: { field: 'links', type: 'quantitative', title: 'Links', stack: 'zero' },
      color: { field: 'link_class', type: 'nominal', title: 'Kind', scale },
      order: { field: 'class_order', type: 'quantitative', sort: 'ascending' },
      tooltip: [
        { field: 'year', type: 'ordinal', title: 'Year' },
        { field: 'link_class', type: 'nominal', title: 'Kind' },
        { field: 'links', type: 'quantitative', title: 'Links' },
      ],
    },
  };
}
