import { describe, expect, it } from 'vitest';
import { createNlp } from '../../src/nlp/wink.ts';
import { LexiconEntry } from '../../src/remedies/lexicon.ts';
import { createRemedyMatcher } from '../../src/remedies/matcher.ts';
import { winkPatterns, winkReadsGroups } from '../../src/remedies/wink-groups.ts';
import { extract } from './helpers.ts';

describe('winkPatterns', () => {
  it('keeps a pattern whose groups wink-nlp reads', () => {
    expect(winkPatterns('[the|my|a] [heating|heat] pad')).toEqual(['[the|my|a] [heating|heat] pad']);
    expect(winkPatterns('cold [shower]')).toEqual(['cold [shower]']);
  });

  it('moves one-character alternatives to the ends of their group', () => {
    expect(winkReadsGroups('[the|a|my] pad')).toBe(false);
    expect(winkPatterns('[the|a|my] pad')).toEqual(['[a|the|my] pad']);
  });

  it('splits a group with more one-character alternatives than ends, keeping every alternative once', () => {
    const out = winkPatterns('[a|b|the|c|d|e] [pad|x|pads]');
    expect(out.every(winkReadsGroups)).toBe(true);
    const alternatives = (i: number) => out.map((p) => p.match(/\[[^\]]*\]/g)![i]!.slice(1, -1).split('|'));
    expect([...new Set(alternatives(0).flat())].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'the']);
    expect(new Set(alternatives(1).flat())).toEqual(new Set(['pad', 'x', 'pads']));
    expect(out).toEqual(['[a|the|b] [x|pad|pads]', '[c|d] [x|pad|pads]', '[e] [x|pad|pads]']);
  });

  it('leaves a group no reordering mends (a space or an empty alternative) as it is', () => {
    expect(winkPatterns('[a|the b|c] pad')).toEqual(['[a|the b|c] pad']);
    expect(winkPatterns('[|a|b|c] pad')).toEqual(['[|a|b|c] pad']);
  });
});

describe('a user lexicon pattern with a one-character alternative in the middle of a group', () => {
  it('matches every alternative (wink-nlp alone would learn the group as something else and never match it)', () => {
    const entries = [LexiconEntry.parse({ id: 'zinc-lozenge', label: 'Zinc lozenge', category: 'supplements', patterns: ['[suck|sucked] [one|a|x|the] lozenge'] })];
    const matcher = createRemedyMatcher(entries, createNlp());
    for (const text of ['I sucked a lozenge.', 'I sucked the lozenge.', 'I sucked one lozenge.', 'I suck x lozenge.'])
      expect(extract(text, matcher).mentions.map((m) => m.remedy_id), text).toEqual(['zinc-lozenge']);
  });
});
