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

describe('discovery noise', () => {
  const terms = (text: string) =>
    extractRemedies(matcher.nlp.readDoc(maskForNlp(text)), matcher, { post_id: 'p', comment_id: 'c', author: 'ann', text, body_line: 1 }).candidates.map((c) => c.term);

  it('ignores generic nouns, websites and books after a lead', () => {
    expect(terms('I am so glad I tried this website. I started the book last week. Taking a break helped.')).toEqual([]);
  });

  it('ignores a common noun before an effect verb', () => {
    expect(terms('The weather improves my mood and the afternoon helps too.')).toEqual([]);
  });

  it('ignores a lower-case noun after a lead when nothing says it had an effect', () => {
    expect(terms('I tried potato last week.')).toEqual([]);
  });

  it('keeps a capitalised product name after a lead', () => {
    expect(terms('I tried Sleep Dust last night.')).toEqual(['sleep dust']);
  });

  it('keeps a compound headed by a remedy word the lexicon knows', () => {
    expect(terms('Have you tried the potato diet?')).toEqual(['potato diet']);
  });

  it('keeps the named method of an exercise phrase without its generic tail', () => {
    expect(terms('I started doing Egoscue exercises.')).toEqual(['egoscue']);
  });

  it('ignores a product tried for something else, with no health talk in or next to its sentence', () => {
    expect(terms('Have you ever tried WP Engine? Our blog moved last week.')).toEqual([]);
    expect(terms('I switched to Duolingo for my Spanish.')).toEqual([]);
  });

  it('keeps a product tried where health, the body or training is spoken of', () => {
    expect(terms('Have you tried Alhydran? My skin is so much better.')).toEqual(['alhydran']);
    expect(terms('Just doing the Founder pose every morning.')).toEqual(['founder']);
  });

  it('does not take a book title before a noun cue (`The Mood Cure`)', () => {
    expect(terms('After that I will read The Mood Cure.')).toEqual([]);
  });

  it('ignores a single everyday English word, even where an effect is reported', () => {
    expect(terms('I tried harder and the bonus helped my back a lot.')).toEqual([]);
    expect(terms('Additional helps if you want them: my knee is better.')).toEqual([]);
    // After a paragraph break wink-nlp starts the sentence with a space token; the word is still sentence-initial.
    expect(terms("Don't eat late.\n\nAdditional helps if you want them:\n1. Take arginine for the pain.")).toEqual([]);
    expect(terms('I started doing pressure and it worked for my back.')).toEqual([]);
  });

  it('counts a term once where a lead and an effect verb both point at it', () => {
    expect(terms('Adding Feldenkrais helped my back pain.')).toEqual(['feldenkrais']);
  });

  it('keeps a single everyday word written as a name or an acronym, and an unknown word in lower case', () => {
    expect(terms('Adding CST helped my back pain.')).toEqual(['cst']);
    expect(terms('I tried the Founder pose for my back. It helped.')).toEqual(['founder']);
    expect(terms('I tried ashwagandha and it helped my sleep.')).toEqual(['ashwagandha']);
  });
});

describe('isModelWord', () => {
  it('tells the model vocabulary from words met in texts, whatever was read before', async () => {
    const { isModelWord } = await import('../../src/nlp/wink.ts');
    matcher.nlp.readDoc('ashwagandha and feldenkrais');
    expect(['impact', 'bonus', 'pressure', 'magnesium'].map(isModelWord)).toEqual([true, true, true, true]);
    expect(['ashwagandha', 'feldenkrais', 'duolingo'].map(isModelWord)).toEqual([false, false, false]);
  });
});
