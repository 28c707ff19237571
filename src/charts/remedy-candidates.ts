import type { TopLevelSpec } from 'vega-lite';
import { chartBase } from './base.ts';
import { plainColor } from './scales.ts';

/** A term used like a remedy that the lexicon lacks. */
export type CandidateRow = { term: string; mentions: number; commenters: number; example: string };

/** Returns the spec of discovered remedy candidates by mentions. */
export function remedyCandidatesSpec(rows: CandidateRow[]): TopLevelSpec {
  return {
    ...chartBase('Discovered candidates', `The ${rows.length} terms used like remedies that the lexicon does not list yet.`, 520, { step: 15 }),
    data: { values: rows },
    mark: { type: 'bar', color: plainColor, tooltip: true },
    encoding: {
      y: { field: 'term', type: 'nominal', title: null, sort: { field: 'mentions', order: 'descending' } },
      x: { field: 'mentions', type: 'quantitative', title: 'Mentions' },
      tooltip: [
        { field: 'term', type: 'nominal', title: 'Term' },
        { field: 'mentions', type: 'quantitative', title: 'Mentions' },
        { field: 'commenters', type: 'quantitative', title: 'Commenters' },
        { field: 'example', type: 'nominal', title: 'Example' },
      ],
    },
  };
}
