import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldIdReader } from '../../pipeline/eval/gold-ids.ts';
import { Diagnostics } from '../../src/diagnostics.ts';
import { builtinLexiconUrl, parseLexicon } from '../../src/remedies/lexicon.ts';

const ids = goldIdReader(parseLexicon(readFileSync(builtinLexiconUrl, 'utf8'), 'src/remedies/lexicon.yaml', new Diagnostics()));

describe('goldIdReader', () => {
  it('reads a coined id by its spelling or as a phrase of one entry, and lists how', () => {
    expect(ids.resolve('glp-1-agonists')).toBe('glp1-agonists');
    expect(ids.resolve('ketogenic-diet')).toBe('keto-diet');
    expect(ids.resolve('no-such-remedy-anywhere')).toBe('no-such-remedy-anywhere');
    expect(ids.readings.get('glp-1-agonists')?.how).toBe('its spelling');
    expect(ids.readings.get('ketogenic-diet')?.how).toBe('a phrase of it');
    expect(ids.known('ketogenic-diet')).toBe(true);
    expect(ids.known('no-such-remedy-anywhere')).toBe(false);
  });

  it('matches ids that are the same or ancestors of each other, in either direction', () => {
    expect(ids.related('ibuprofen', 'nsaids')).toBe(true);
    expect(ids.related('medication', 'ibuprofen')).toBe(true);
    expect(ids.related('ibuprofen', 'naproxen')).toBe(false);
    expect(ids.related('keto-diet', 'ketogenic-diet')).toBe(true);
  });
});

describe('goldIdReader.score', () => {
  it('counts reported ids matching a required one, those matching no label, and the required ones missed', () => {
    expect(ids.score(['ibuprofen', 'yoga', 'sauna'], ['nsaids', 'magnesium'], ['sauna'])).toEqual({ right: 1, wrong: ['yoga'], missed: ['magnesium'] });
  });
});
