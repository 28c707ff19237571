import type { TopLevelSpec } from 'vega-lite';
import { chartBase } from './base.ts';
import { heatScheme } from './scales.ts';

/** Weekday names in display order (Monday first). */
export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Comments in one local weekday-and-hour cell. */
export type HourCellRow = { weekday: string; hour: number; comments: number };

/** Returns the spec of the weekday x hour heatmap of comments in local time. */
export function activityHeatmapSpec(rows: HourCellRow[], zone: string): TopLevelSpec {
  return {
    ...chartBase('When people comment', `Comments by weekday and hour of day, local time (${zone}).`, 640, 180),
    data: { values: rows },
    mark: { type: 'rect', tooltip: true },
    encoding: {
      x: { field: 'hour', type: 'ordinal', title: 'Hour of day', scale: { domain: [...Array(24).keys()] } },
      y: { field: 'weekday', type: 'ordinal', title: null, sort: WEEKDAYS, scale: { domain: WEEKDAYS } },
      color: { field: 'comments', type: 'quantitative', title: 'Comments', scale: { scheme: heatScheme } },
      tooltip: [
        { field: 'weekday', type: 'ordinal', title: 'Weekday' },
        { field: 'hour', type: 'ordinal', title: 'Hour' },
        { field: 'comments', type: 'quantitative', title: 'Comments' },
      ],
    },
  };
}
