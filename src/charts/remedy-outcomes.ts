import type { TopLevelSpec } from 'vega-lite';
import { chartBase } from './base.ts';
import { outcomeScale, scaleFor } from './scales.ts';

/** Mentions of one remedy with one outcome; `rank` orders remedies by total mentions. */
export type RemedyOutcomeRow = { label: string; rank: number; outcome: string; mentions: number };

/** Returns the spec of what people say happened, per remedy (stacked horizontal bars). */
export function remedyOutcomesSpec(rows: RemedyOutcomeRow[]): TopLevelSpec {
  const scale = scaleFor(outcomeScale, rows.map((r) => r.outcome));
  return {
    ...chartBase('What happened, per remedy', 'Mentions of each top remedy by stated outcome: helped, no effect, worse, considering, unknown.', 520, { step: 15 }),
    data: { values: rows },
    transform: [{ calculate: `indexof(${JSON.stringify(scale.domain)}, datum.outcome)`, as: 'outcome_order' }],
    mark: { type: 'bar', tooltip: true },
    encoding: {
      y: { field: 'label', type: 'nominal', title: null, sort: { field: 'rank', op: 'min', order: 'ascending' } },
      x: { field: 'mentions', type: 'quantitative', title: 'Mentions', stack: 'zero' },
      color: { field: 'outcome', type: 'nominal', title: 'Outcome', scale },
      order: { field: 'outcome_order', type: 'quantitative', sort: 'ascending' },
      tooltip: [
        { field: 'label', type: 'nominal', title: 'Remedy' },
        { field: 'outcome', type: 'nominal', title: 'Outcome' },
        { field: 'mentions', type: 'quantitative', title: 'Mentions' },
      ],
    },
  };
}
