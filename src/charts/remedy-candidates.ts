import type { TopLevelSpec } from 'vega-lite';
import { chartBase } from './base.ts';
import { plainColor } from './scales.ts';

/** A term used like a remedy that the lexicon lacks. */
export type CandidateRow = { term: string; mentions: number; commenters: number; example: string };

/** Returns the spec of discovered remedy candidates by commenters, in the rows' order (most commenters first). */
export function remedyCandidatesSpec(rows: CandidateRow[]): TopLevelSpec {
  return {
    ...chartBase('Discovered candidates', `The ${rows.length} terms the lexicon does not list yet that the most commenters use like remedies.`, 520, { step: 15 }),
    data: { values: rows },
    mark: { type: 'bar', color: plainColor, tooltip: true },
    encoding: {
      y: { field: 'term', type: 'nominal', title: null, sort: null },
      x: { field: 'commenters', type: 'quantitative', title: 'Commenters' },
      tooltip: [
        { field: 'term', type: 'nominal', title: 'Term' },
        { field: 'mentions', type: 'quantitative', title: 'Mentions' },
        { field: 'commenters', type: 'quantitative', title: 'Commenters' },
        { field: 'example', type: 'nominal', title: 'Example' },
      ],
    },
  };
}
