import type { TopLevelSpec } from 'vega-lite';
import { chartBase } from './base.ts';
import { newcomerScale } from './scales.ts';

/** Commenters of one month split into first-timers and returning people (`kind` is `new` or `returning`). */
export type NewcomerRow = { month: string; month_start: string; kind: string; commenters: number };

/** Returns the spec of new versus returning commenters per month (stacked bars). */
export function newReturningSpec(rows: NewcomerRow[]): TopLevelSpec {
  return {
    ...chartBase('New and returning commenters', 'Each month’s commenters: first comment ever that month (new) or seen before (returning).'),
    data: { values: rows },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      x: { field: 'month_start', type: 'temporal', timeUnit: 'utcyearmonth', title: 'Month', scale: { type: 'utc' } },
      y: { field: 'commenters', type: 'quantitative', title: 'Commenters', stack: 'zero' },
      color: { field: 'kind', type: 'nominal', title: null, scale: newcomerScale },
      order: { field: 'kind', sort: 'ascending' },
      tooltip: [
        { field: 'month', type: 'nominal', title: 'Month' },
        { field: 'kind', type: 'nominal', title: 'Commenters' },
        { field: 'commenters', type: 'quantitative', title: 'Count' },
      ],
    },
  };
}
