import { describe, expect, it } from 'vitest';
import { createNlp } from '../../src/nlp/wink.ts';
import { winkLexicon } from '../../src/sentiment/wink-lexicon.ts';

describe('winkLexicon', () => {
  it('holds the single-word scores wink-nlp itself gives', () => {
    const nlp = createNlp();
    const lex = winkLexicon();
    for (const word of ['good', 'pain', 'horrible', 'better', 'sick']) {
      expect(lex.get(word)).toBeCloseTo(nlp.readDoc(word).out(nlp.its.sentiment) as number, 6);
    }
  });

  it('has no entry for words wink does not score', () => {
    expect(winkLexicon().get('cured')).toBeUndefined();
  });
});
