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

  it('reads more spellings: potatohack, performance enhancers, a neuro-muscular therapist, gluten-freeness, a feeding window', () => {
    expect(ids('Is a potatohack combined with whey protein shakes a possibility?')).toContain('potato-diet');
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
