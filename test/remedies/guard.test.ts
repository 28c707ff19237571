import { describe, expect, it } from 'vitest';
import { createFoodGuard } from '../../src/remedies/guard.ts';
import { extract, ids } from './helpers.ts';

describe('food guard', () => {
  it('ignores a plain food word eaten as food', () => {
    expect(ids('I put honey on my toast.')).toEqual([]);
  });

  it('counts a plain food word beside a health word', () => {
    expect(ids('Honey soothes my cough.')).toEqual(['honey']);
  });

  it('counts a plain food word when the next sentence gives an outcome', () => {
    expect(ids('I drink a glass of milk at night. It did the trick.')).toEqual(['milk']);
  });

  it('counts a plain food word listed beside a non-food remedy', () => {
    expect(ids('Lots of eucalyptus oil. Then lots of honey.')).toEqual(['eucalyptus', 'honey']);
  });

  it('is not opened by mere praise', () => {
    expect(ids('This coffee is amazing.')).toEqual([]);
  });

  it('counts coffee drunk for its effect', () => {
    expect(ids('I drink coffee to stay awake.')).toEqual(['caffeine']);
  });

  it('leaves unguarded phrases of the same entry alone', () => {
    expect(ids('Caffeine is in my morning routine.')).toEqual(['caffeine']);
  });

  it('ignores broth used in a recipe', () => {
    expect(ids('Add two cups of chicken broth and simmer for an hour.')).toEqual([]);
  });

  it('counts broth sipped for an injury', () => {
    expect(ids('A mug of broth every morning helped my knee heal.')).toEqual(['bone-broth']);
  });

  it('keeps bone broth a remedy without a health word', () => {
    expect(ids('I make bone broth every week.')).toEqual(['bone-broth']);
  });

  it('ignores stock traded as shares', () => {
    expect(ids('He sold his stock and bought bonds.')).toEqual([]);
  });

  it('ignores coconut oil used for frying', () => {
    expect(ids('Saute the onion in coconut oil.')).toEqual([]);
  });

  it('counts coconut oil put on the skin for a rash', () => {
    expect(ids('I rub coconut oil on the rash.')).toEqual(['coconut-oil']);
  });

  it('does not read a diet cola as a diet change', () => {
    expect(ids('A single diet cola a day is fine.')).toEqual([]);
  });

  it('reads sentences next to the food word, not further away', () => {
    const guard = createFoodGuard({ normals: ['a', 'pain', 'b', 'c'], sentenceSpans: [[0, 0], [1, 1], [2, 2], [3, 3]], cueSentences: new Set(), remedySentences: new Set(), effectSentences: new Set() });
    expect([0, 1, 2, 3].map(guard)).toEqual([true, true, true, false]);
  });
});

describe('annotator ids', () => {
  it.each([
    ['I cut out sugar.', 'sugar-free'],
    ['I went grain-free.', 'grain-free'],
    ['I quit drinking.', 'alcohol-free'],
    ['20 minutes on the VersaClimber.', 'versaclimber'],
    ['The Assault bike is brutal.', 'air-bike'],
    ['I row on the NordicTrack.', 'ski-machine'],
    ["Pau d'arco is a herb.", 'pau-d-arco'],
    ['Wear sunscreen.', 'sunscreen'],
  ])('reads %s as %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('outcome cues', () => {
  it('reads a purpose `to help` as no outcome', () => {
    expect(extract('Here are yoga tutorials to help get you started.').mentions[0]?.outcome).toBe('unknown');
  });

  it('reads `is helping` as helped', () => {
    expect(extract('Magnesium seems to be helping me.').mentions[0]?.outcome).toBe('helped');
  });

  it('reads training to failure as no outcome', () => {
    expect(extract('I do squats to failure.').mentions[0]?.outcome).toBe('unknown');
  });

  it('reads a failure as no effect', () => {
    expect(extract('The keto diet was a total failure.').mentions[0]?.outcome).toBe('no-effect');
  });

  it('reads a bare comparison as no outcome', () => {
    expect(extract('Cycling is better than driving.').mentions[0]?.outcome).toBe('unknown');
  });
});
