import { describe, expect, it } from 'vitest';
import { createNlp } from '../../src/nlp/wink.ts';
import { LexiconEntry } from '../../src/remedies/lexicon.ts';
import { compileLexicon, createRemedyMatcher } from '../../src/remedies/matcher.ts';
import { builtin, builtinMatcher, extract, ids } from './helpers.ts';

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

describe('a lexicon compiled before', () => {
  it('makes the same matcher after the trip through the configuration cache (JSON) and into a worker (structured clone)', () => {
    const compiled = structuredClone(JSON.parse(JSON.stringify(compileLexicon(builtin))));
    const here = builtinMatcher();
    const there = createRemedyMatcher(builtin, createNlp(), undefined, compiled);
    for (const field of ['owners', 'exact', 'guarded', 'goals', 'entries', 'learned', 'rejected'] as const) expect(there[field]).toEqual(here[field]);
    const text = 'I take 400 mg of magnesium glycinate and PT helped my back; cutting out wheat did nothing. Vit D.';
    expect(ids(text, here).length).toBeGreaterThan(2);
    expect(extract(text, there)).toEqual(extract(text, here));
  });
});
