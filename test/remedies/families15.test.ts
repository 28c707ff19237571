import { describe, expect, it } from 'vitest';
import { ids } from './helpers.ts';

describe('lexicon15: cooking tools only for health, soaking in its verb forms, a low-sugar diet', () => {
  it('reads a pressure cooker as a remedy only where the sentence speaks of health', () => {
    expect(ids('The pressure cooker is a godsend for legumes.')).toEqual([]);
    expect(ids('I love the Instant Pot.')).toEqual([]);
    expect(ids('Pressure cooking the beans removed the lectins that upset my gut.')).toContain('pressure-cooking');
  });

  it('reads soaking or sprouting legumes, grains and nuts in any tense, but not a soaked shirt', () => {
    expect(ids('I soak all my legumes and buckwheat.')).toEqual(['soaking-legumes']);
    expect(ids('I soaked the beans overnight.')).toEqual(['soaking-legumes']);
    expect(ids('My shirt was soaked after the run.')).not.toContain('soaking-legumes');
  });

  it('reads a low-sugar diet under sugar-free', () => {
    expect(ids('A low-sugar diet fixed my energy slumps.')).toEqual(['sugar-free']);
  });
});

describe('lexicon15: drug classes by their pharmacological names', () => {
  it('reads antihypertensives as blood pressure medication', () => {
    expect(ids('My doctor put me on antihypertensives last year.')).toEqual(['blood-pressure-medication']);
  });
});
