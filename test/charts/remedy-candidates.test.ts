import { describe, expect, it } from 'vitest';
import { remedyCandidatesSpec, type CandidateRow } from '../../src/charts/remedy-candidates.ts';

const row = (term: string, commenters: number): CandidateRow => ({ term, mentions: commenters, commenters, example: `${term} helped.` });
const description = (rows: CandidateRow[]) => (remedyCandidatesSpec(rows) as { description?: string }).description;

describe('remedyCandidatesSpec', () => {
  it('says the candidates are leads when each has one commenter', () => {
    expect(description([row('ashwagandha', 1), row('feldenkrais', 1)])).toContain('Each has one commenter so far');
  });

  it('says nothing of the kind when some term has several commenters', () => {
    expect(description([row('ashwagandha', 3), row('feldenkrais', 1)])).not.toContain('one commenter');
  });

  it('counts commenters on a whole-number axis', () => {
    const x = (remedyCandidatesSpec([row('a', 1)]) as { encoding: { x: { axis: object } } }).encoding.x;
    expect(x.axis).toEqual({ tickMinStep: 1, format: 'd' });
  });
});
