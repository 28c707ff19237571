import { describe, expect, it } from 'vitest';
import { createNlp } from '../../src/nlp/wink.ts';
import { LexiconEntry } from '../../src/remedies/lexicon.ts';
import { createRemedyMatcher } from '../../src/remedies/matcher.ts';
import { builtinMatcher, extract, ids } from './helpers.ts';

describe('patterns wink-nlp refuses', () => {
  it('leaves out a pattern whose word wink-nlp rewrites (a contraction without its apostrophe) and keeps the rest', () => {
    const entries = [
      LexiconEntry.parse({ id: 'no-smoking', label: 'Not smoking', category: 'lifestyle', patterns: ['[dont|never] [smoke]', '[quit|stopped] [smoking]'] }),
    ];
    const matcher = createRemedyMatcher(entries, createNlp());
    expect(matcher.rejected).toEqual(['[dont|never] [smoke]']);
    expect(extract('I stopped smoking in May.', matcher).mentions.map((m) => m.remedy_id)).toEqual(['no-smoking']);
  });

  it('has none in the built-in lexicon: each refusal costs a second learning of every pattern on every run', () => {
    expect(builtinMatcher().rejected).toEqual([]);
  });

  it('spells a hyphenated word in a pattern as its three tokens', () => {
    expect(ids('I started avoiding high-histamine foods.')).toContain('low-histamine-diet');
    expect(ids('Cutting salicylate-rich foods helped.')).toContain('low-salicylate-diet');
  });
});
