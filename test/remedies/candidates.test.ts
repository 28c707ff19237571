import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.ts';
import { createNlp } from '../../src/nlp/wink.ts';
import { maskForNlp } from '../../src/nlp/prepare.ts';
import { rankCandidates } from '../../src/remedies/candidates.ts';
import { extractRemedies } from '../../src/remedies/extract.ts';
import { parseLexicon } from '../../src/remedies/lexicon.ts';
import { createRemedyMatcher } from '../../src/remedies/matcher.ts';
import type { CandidateSighting } from '../../src/schema/mention.ts';

// A small test lexicon that lacks Feldenkrais and ashwagandha.
const lexicon = parseLexicon(
  '- {id: exercise, label: Exercise, category: exercise-and-movement, phrases: [exercise]}\n' +
    '- {id: magnesium, label: Magnesium, category: supplements, phrases: [magnesium]}\n',
  'test.yaml',
  new Diagnostics(),
);
const matcher = createRemedyMatcher(lexicon, createNlp());

const thread: [string, string][] = [
  ['ann', 'Feldenkrais helped my back a lot.'],
  ['bob', 'I tried ashwagandha and it worked for me.'],
  ['cat', 'I tried Feldenkrais last year. Magnesium helped too.'],
  ['ann', 'Also tried the thing my doctor said.'],
];

function sightings(): CandidateSighting[] {
  return thread.flatMap(([author, text], i) =>
    extractRemedies(matcher.nlp.readDoc(maskForNlp(text)), matcher, { post_id: 'p', comment_id: `c${i}`, author, text, body_line: 1 }).candidates,
  );
}

describe('discovery', () => {
  it('finds remedies the lexicon lacks, ranked by commenters', () => {
    const rows = rankCandidates(sightings());
    expect(rows.map((r) => [r.term, r.commenters, r.mentions])).toEqual([
      ['feldenkrais', 2, 2],
      ['ashwagandha', 1, 1],
    ]);
  });

  it('keeps an example sentence per term', () => {
    expect(rankCandidates(sightings())[0]?.example).toBe('Feldenkrais helped my back a lot.');
  });

  it('leaves out terms already in the lexicon and generic words', () => {
    const terms = sightings().map((s) => s.term);
    expect(terms).not.toContain('magnesium');
    expect(terms).not.toContain('thing');
  });
});

describe('rankCandidates', () => {
  const s = (term: string, author: string): CandidateSighting => ({ term, author, post_id: 'p', comment_id: 'c', sentence: `${term} by ${author}` });

  it('orders by commenters desc, then mentions desc, then term asc', () => {
    const rows = rankCandidates([s('b', 'x'), s('b', 'x'), s('a', 'x'), s('c', 'x'), s('c', 'y'), s('d', 'x')]);
    expect(rows.map((r) => r.term)).toEqual(['c', 'b', 'a', 'd']);
  });

  it('uses the first sighting as the example', () => {
    expect(rankCandidates([s('a', 'x'), s('a', 'y')])[0]?.example).toBe('a by x');
  });
});
