import type { TopLevelSpec } from 'vega-lite';
import { chartBase } from './base.ts';
import { plainColor } from './scales.ts';

/** One month: comments written and posts published (`month_start` is `YYYY-MM-01`, UTC). */
export type MonthActivityRow = { month: string; month_start: string; comments: number; commenters: number; posts_published: number };

/** Returns the spec of comments per month (bars) with the posts published that month (line, right axis). */
export function commentsByMonthSpec(rows: MonthActivityRow[]): TopLevelSpec {
  const x = { field: 'month_start', type: 'temporal', timeUnit: 'utcyearmonth', title: 'Month', scale: { type: 'utc' } } as const;
  const tooltip = [
    { field: 'month', type: 'nominal', title: 'Month' },
    { field: 'comments', type: 'quantitative', title: 'Comments' },
    { field: 'commenters', type: 'quantitative', title: 'Commenters' },
    { field: 'posts_published', type: 'quantitative', title: 'Posts published' },
  ] as const;
  return {
    ...chartBase('Comments per month', 'Bars: comments written each month; dots: posts published that month (right axis).'),
    data: { values: rows },
    layer: [
      {
        mark: { type: 'bar', color: plainColor, tooltip: true },
        encoding: { x, y: { field: 'comments', type: 'quantitative', title: 'Comments', axis: { tickMinStep: 1, format: 'd' } }, tooltip: [...tooltip] },
      },
      {
        transform: [{ filter: 'datum.posts_published > 0' }],
        mark: { type: 'point', color: '#e15759', filled: true, size: 30, tooltip: true },
        encoding: {
          x,
          y: { field: 'posts_published', type: 'quantitative', title: 'Posts published', axis: { titleColor: '#e15759', tickMinStep: 1, format: 'd' } },
          tooltip: [...tooltip],
        },
      },
    ],
    resolve: { scale: { y: 'independent' } },
  };
}
