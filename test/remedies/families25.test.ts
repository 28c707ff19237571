import { describe, expect, it } from 'vitest';
import { ids, under } from './helpers.ts';

describe('lexicon pass 24: names and spellings', () => {
  it('reads nose clipping, a clipped nose and the clipping of one as nose clips', () => {
    expect(ids('Try doing the potato hack clipping your nose while you eat.')).toContain('nose-clips');
    expect(ids('Next time you could do it nose-clipped and see the differences.')).toContain('nose-clips');
    expect(ids('Nose clipping is another tool in the toolbox.')).toContain('nose-clips');
  });

  it('reads green drinks as greens powder, a VLCD as calorie restriction', () => {
    expect(ids('Have you written about green drinks?')).toContain('greens-powder');
    expect(ids('You could do a VLCD for two weeks.')).toContain('caloric-restriction');
    expect(ids('The Cambridge Diet is a very low calorie diet.')).toContain('caloric-restriction');
  });

  it('reads vegetable juices and the Gerson Therapy as juicing', () => {
    expect(ids('So eating meat scraps is OK but you draw the line at vegetable juices?')).toEqual(['juicing']);
    expect(ids('They talk about the Gerson Therapy: high quality juices to treat serious disease.')).toContain('juicing');
    expect(under('juicing', 'fruits-and-vegetables')).toBe(true);
  });

  it('reads more spellings: performance enhancers, a neuro-muscular therapist, gluten-freeness, a feeding window', () => {
    expect(ids('Could it have been performance enhancers?')).toContain('steroids');
    expect(ids('I spent plenty of money on a neuro-muscular therapist.')).toContain('neuromuscular-therapy');
    expect(ids('Are there flavors I should avoid given my gluten-freeness?')).toContain('gluten-free');
    expect(ids('I keep an 8-hour feeding window.')).toContain('time-restricted-eating');
  });
});

describe('lexicon pass 24: TRE', () => {
  it('reads TRE as time-restricted eating; tension release exercises keep their full names', () => {
    const tre = ids('I have been doing low carb and skipping breakfast (so TRE).');
    expect(tre).toContain('time-restricted-eating');
    expect(tre).not.toContain('somatic-experiencing');
    expect(ids('TRE exercises helped me let go of tension.')).toContain('somatic-experiencing');
    expect(ids('Tension and trauma releasing exercises calmed my nerves.')).toContain('somatic-experiencing');
    expect(under('time-restricted-eating', 'intermittent-fasting')).toBe(true);
  });
});

describe('lexicon pass 24: ordinary senses kept out', () => {
  it('reads more fat on a body as body fat, not a high-fat diet', () => {
    expect(ids('Most of the big boned ones have more fat.')).not.toContain('high-fat-diet');
    expect(ids('Carrying a little more fat is beneficial for survival.')).not.toContain('high-fat-diet');
    expect(ids('Once the excess fat was lost, no more fat would be lost.')).not.toContain('high-fat-diet');
    expect(ids('Heat conditioning will offset the tendency to deposit more fat for cold protection.')).not.toContain('high-fat-diet');
    expect(ids('Feeling cold during a fast can be prevented by eating more fat the day before.')).toContain('high-fat-diet');
    expect(ids('You may need more calories or more fat or more carbs.')).toContain('high-fat-diet');
  });

  it('reads a calorie deficit that a diet creates as no calorie restriction', () => {
    expect(ids('Removing the grains, veggie oils and processed foods creates a caloric deficit.')).not.toContain('caloric-restriction');
    expect(ids('The average person who replaces grains with Paleo foods will create a caloric deficit.')).not.toContain('caloric-restriction');
    expect(ids('The key for me is to create a calorie deficit by minimizing hunger.')).toContain('caloric-restriction');
    expect(ids('A calorie deficit helped me lose weight.')).toContain('caloric-restriction');
  });

  it('reads salt as a seasoning or an idiom as no salt', () => {
    expect(ids("I'd take his advice with a slight pinch of salt for my health.")).not.toContain('salt');
    expect(ids('Even if someone added salt or vinegar, they will still drop weight.')).not.toContain('salt');
    expect(ids("You won't have to add anything to the potatoes, not even salt, to lose weight.")).not.toContain('salt');
    expect(ids('More salt cured my leg cramps.')).toContain('salt');
  });

  it('reads narrow prescriptions, braces on teeth and the hormone GLP-1 as no remedy', () => {
    expect(ids('It does not lend itself to narrow prescriptions, unlike other health philosophies.')).not.toContain('medication');
    expect(ids("Since I put on braces last year, I can't eat nuts as easily.")).not.toContain('brace');
    expect(ids('A knee brace helped my pain.')).toContain('brace');
    expect(ids('The flavor, not the factors that cause decreased appetite (SCFAS, GLP-1, PYY, etc).')).not.toContain('glp1-agonists');
    expect(ids('My doctor put me on a GLP-1 agonist for my weight.')).toContain('glp1-agonists');
  });
});

describe('lexicon pass 24: a food described as bland', () => {
  it('reads a naturally bland food as a description, not a bland diet', () => {
    expect(ids('The potato is just a naturally bland food, great for weight loss.')).not.toContain('bland-diet');
    expect(ids('Just try a weekend of bland food for your stomach.')).toContain('bland-diet');
  });
});
