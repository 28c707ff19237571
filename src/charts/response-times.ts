import type { TopLevelSpec } from 'vega-lite';
import { chartBase } from './base.ts';
import { plainColor } from './scales.ts';

/** One log-spaced bin of response times: `[from_minutes, to_minutes)`, a readable range and how many replies. */
export type ResponseBinRow = { from_minutes: number; to_minutes: number; range: string; replies: number };

/** Returns the spec of the distribution of the author's response times, on a log time axis. */
export function responseTimesSpec(rows: ResponseBinRow[]): TopLevelSpec {
  return {
    ...chartBase('How fast the author answers', 'Time from a comment to the post author’s reply (log scale).', 640, 200),
    data: { values: rows },
    mark: { type: 'rect', color: plainColor, tooltip: true, stroke: 'white', strokeWidth: 0.5 },
    encoding: {
      x: {
        field: 'from_minutes',
        type: 'quantitative',
        title: 'Response time (minutes, log scale)',
        scale: { type: 'log' },
        axis: { format: '~s' },
      },
      x2: { field: 'to_minutes' },
      y: { field: 'replies', type: 'quantitative', title: 'Replies' },
      tooltip: [
        { field: 'range', type: 'nominal', title: 'Response time' },
        { field: 'replies', type: 'quantitative', title: 'Replies' },
      ],
    },
  };
}
