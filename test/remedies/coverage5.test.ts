import { describe, expect, it } from 'vitest';
import { ancestorsOf } from '../../src/remedies/lexicon.ts';
import { builtin, ids } from './helpers.ts';

describe('light and dark for sleep and mood', () => {
  it('finds a SAD light (in capitals) and a dawn simulator as light therapy, but not a sad light in prose', () => {
    expect(ids('A SAD light every morning lifted my winter mood.')).toEqual(['light-therapy']);
    expect(ids('A dawn simulator made waking easier.')).toEqual(['light-therapy']);
    expect(ids('There was a sad light in his eyes.')).toEqual([]);
  });

  it('finds black-out blinds written in two words', () => {
    expect(ids('Black out blinds fixed my early waking.')).toEqual(['blackout-curtains']);
  });

  it('reads plain sun as sun exposure only where health is spoken of', () => {
    expect(ids('Midwinter sun on my face cured my low mood and energy.')).toEqual(['sun-exposure']);
    expect(ids('The sun came up over the hills as we drove.')).toEqual([]);
  });
});

describe('foods eaten on purpose', () => {
  it('reads fish and mushrooms as remedies beside a supplement, not on a menu', () => {
    expect(ids('For vitamin D, eat fish and UV mushrooms.')).toEqual(['vitamin-d', 'fish', 'mushrooms']);
    expect(ids('We had fish and mushrooms at the lake house.')).toEqual([]);
  });

  it('reads avocado and chia as food unless health is spoken of', () => {
    expect(ids('I put avocado and chia on my toast.')).toEqual([]);
    expect(ids('Chia seeds relieved my constipation.')).toEqual(['flaxseed']);
    expect(ids('Avocado at lunch keeps my blood sugar and energy steady.')).toEqual(['avocado']);
  });

  it('finds whole foods as a diet, and Whole Foods as a shop', () => {
    expect(ids('Whole foods first, supplements last.')).toEqual(['whole-foods-diet', 'supplements']);
    expect(ids('I bought supplements at Whole Foods.')).toEqual(['supplements']);
  });
});

describe('named and macro diets', () => {
  it('finds the pegan diet and a low-protein diet', () => {
    expect(ids('Peganism cleared my skin.')).toEqual(['pegan-diet']);
    expect(ids('He limits protein intake to slow aging.')).toEqual(['low-protein-diet']);
  });

  it('finds higher protein as a high-protein diet, saturated fat eaten on purpose under high-fat', () => {
    expect(ids('I used higher protein to keep muscle.')).toEqual(['high-protein-diet']);
    expect(ids('Most of my fat is stable saturated fat.')).toEqual(['saturated-fat']);
    expect(ancestorsOf(builtin, 'saturated-fat')[0]).toBe('high-fat-diet');
  });
});

describe('heat', () => {
  it('reads plain heat as heat therapy next to another remedy, not as weather or physics', () => {
    expect(ids('Ice and heat both helped my sore knee.')).toEqual(['ice', 'heat']);
    expect(ids('The heat wave gave me a headache.')).toEqual([]);
  });
});
