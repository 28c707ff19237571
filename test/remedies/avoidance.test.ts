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
