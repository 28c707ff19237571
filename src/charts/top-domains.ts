import type { TopLevelSpec } from 'vega-lite';
import { chartBase } from './base.ts';
import { linkClassScale, scaleFor } from './scales.ts';

/** One linked domain: how many links, in how many posts, and its most common link class. */
export type DomainRow = { domain: string; link_class: string; links: number; posts: number };

/** Returns the spec of the most-linked domains, coloured by link class. */
export function topDomainsSpec(rows: DomainRow[]): TopLevelSpec {
  return {
    ...chartBase('Top linked domains', `The ${rows.length} domains linked most often, coloured by kind of site.`, 520, { step: 15 }),
    data: { values: rows },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      y: { field: 'domain', type: 'nominal', title: null, sort: { field: 'links', order: 'descending' } },
      x: { field: 'links', type: 'quantitative', title: 'Links' },
      color: { field: 'link_class', type: 'nominal', title: 'Kind', scale: scaleFor(linkClassScale, rows.map((r) => r.link_class)) },
      tooltip: [
        { field: 'domain', type: 'nominal', title: 'Domain' },
        { field: 'link_class', type: 'nominal', title: 'Kind' },
        { field: 'links', type: 'quantitative', title: 'Links' },
        { field: 'posts', type: 'quantitative', title: 'Posts' },
      ],
    },
  };
}
