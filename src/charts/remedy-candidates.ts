import type { TopLevelSpec } from 'vega-lite';
import { chartBase } from './base.ts';
import { plainColor } from './scales.ts';

/** A term used like a remedy that the lexicon lacks. */
export type CandidateRow = { term: string; mentions: number; commenters: number; example: string };

/** Returns the spec of discovered remedy candidates by commenters, in the rows' order (most commenters first). */
export function remedyCandidatesSpec(rows: CandidateRow[]): TopLevelSpec {
  return {
    ...chartBase('Discovered candidates', describe(rows), 520, { step: 15 }),
    data: { values: rows },
    mark: { type: 'bar', color: plainColor, tooltip: true },
    encoding: {
      y: { field: 'term', type: 'nominal', title: null, sort: null },
      x: { field: 'commenters', type: 'quantitative', title: 'Commenters', axis: { tickMinStep: 1, format: 'd' } },
      tooltip: [
        { field: 'term', type: 'nominal', title: 'Term' },
        { field: 'mentions', type: 'quantitative', title: 'Mentions' },
        { field: 'commenters', type: 'quantitative', title: 'Commenters' },
        { field: 'example', type: 'nominal', title: 'Example' },
      ],
    },
  };
}

// When no term has more than one commenter the bars are all equal: the text says they are leads, the examples matter.
function describe(rows: readonly CandidateRow[]): string {
  const what = `The ${rows.length} terms the lexicon does not list yet that the most commenters use like remedies`;
  return rows.length > 0 && rows.every((r) => r.commenters === 1)
    ? `${what}. Each has one commenter so far: leads to check (hover for an example, or open the data), not trends.`
    : `${what}.`;
}
