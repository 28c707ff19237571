import { describe, expect, it } from 'vitest';
import { ids } from './helpers.ts';

describe('leaving a food out, said with a pronoun', () => {
  it('names the food-free remedy when the food stands earlier in the sentence', () => {
    expect(ids('Out of curiosity, how has your response to gluten evolved since you cut it out?')).toEqual(['gluten-free']);
    expect(ids('Grains are tricky; I cut them out completely last year and feel great.')).toEqual(['grain-free']);
    expect(ids('If caffeine bumped my BP 20 points, I would quit it forever.')).toContain('caffeine-reduction');
    expect(ids('One way to test dairy is to eliminate it for 30 days.')).toContain('dairy-free');
  });

  it('needs the pronoun to agree, the food not to qualify a noun, and the verb to leave something out', () => {
    expect(ids('Grains are tricky, so I cut it out.')).toEqual([]);
    expect(ids('The sugar tax is silly, they should remove it.')).toEqual([]);
    expect(ids('I bought bread and then dropped it on the floor.')).toEqual([]);
    expect(ids('I had gluten once. Then I cut it out.')).toEqual([]);
  });
});

describe('the remedy a pronoun leaves out', () => {
  it('is the one the lexicon gives for cutting out that food', () => {
    expect(ids('I tried wheat again last year, but I cut it out completely and my skin cleared.')).toEqual(['gluten-free']);
    expect(ids('I cut out wheat.')).toEqual(['gluten-free']);
  });
});

describe('leaving several foods out in one list', () => {
  it('reads each food after a leaving verb as the remedy the lexicon gives for cutting it out', () => {
    expect(ids("I've been cutting out gluten and seed oils for a year.")).toEqual(['gluten-free', 'seed-oil-free']);
    expect(ids('You know - reduce your intake of sugar, grains and seed oils.')).toEqual(['sugar-free', 'grain-free', 'seed-oil-free']);
    expect(ids('I avoid wheat, sugar and vegetable oils.')).toEqual(['gluten-free', 'sugar-free', 'seed-oil-free']);
    expect(ids('I eliminated grains, legumes & soy.')).toEqual(['grain-free', 'legume-free', 'soy-free']);
    expect(ids('During my beer hiatus, I kept away from wheat and all alcohol.')).toEqual(['gluten-free', 'alcohol-free']);
  });

  it('leaves off leading adjectives but never a qualifying noun', () => {
    expect(ids('Try removing grains, soy and industrial seed oils.')).toEqual(['grain-free', 'soy-free', 'seed-oil-free']);
    expect(ids('I avoid stress, rice milk and soy.')).toEqual(['stress-reduction', 'soy-free']);
  });

  it('ends the list at a new clause, a wish for more, a compound or a determiner', () => {
    expect(ids('I avoid stress, and sugar is my only vice now.')).toEqual(['stress-reduction']);
    expect(ids('The best ways to lose weight are reducing stress, more grains, and walking.')).not.toContain('grain-free');
    expect(ids('Avoid the rain and bread lines.')).toEqual([]);
    expect(ids('Remove the bread and cheese from the oven.')).toEqual([]);
  });

  it('needs a list: one food after a verb is the lexicon phrases’ job', () => {
    expect(ids('Minimize soy for a month.')).toEqual([]);
  });
});

describe('a listed food that names a remedy of its own', () => {
  it('keeps that reading where it counts, and is left out where the food alone would not count', () => {
    expect(ids('He takes it as a supplement but avoids red meat and dairy, the two foods most rich in BCAA.')).toContain('dairy');
    expect(ids('I would personally ditch coffee and chocolate since those things can weaken the kidney.')).toEqual(['caffeine-reduction']);
  });
});
