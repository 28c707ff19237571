import { describe, expect, it } from 'vitest';
import { ids, under } from './helpers.ts';

describe('lexicon12 families', () => {
  it('leaves a bare named vegetable out (half of those the archive names are recipes or lists)', () => {
    expect(ids('Roasted broccoli with garlic is a tasty side for dinner.')).toEqual([]);
    expect(ids('I added cabbage and kale every day.')).toEqual([]);
  });

  it('reads grains and pseudo-grains eaten for an effect as whole grains', () => {
    expect(ids('I love buckwheat and it just got some press for its life extension benefits.')).toEqual(['whole-grains']);
    expect(ids('Quinoa and millet were easier on my gut than wheat.')).toEqual(['whole-grains', 'whole-grains']);
  });

  it('reads seaweeds as the iodine food under kelp', () => {
    expect(ids('I eat dulse and nori for the iodine.')).toEqual(['kelp', 'kelp', 'iodine']);
    expect(under('kelp', 'iodine')).toBe(true);
  });

  it('reads coconut water and fruit juices as fruit juice, with orange juice under it', () => {
    expect(ids('What about fresh watermelon juice or coconut water? You could give that a go.')).toEqual(['fruit-juice', 'fruit-juice']);
    expect(under('orange-juice', 'fruit-juice')).toBe(true);
    expect(under('fruit-juice', 'fruit')).toBe(true);
  });

  it('reads lemon taken for a cold as lemon water', () => {
    expect(ids('Hot water, lemon and honey, all good for sore throats.')).toEqual(['lemon-water']);
    expect(ids('I nip it in the bud with extra rest and a lemon for my throat.')).toEqual(['rest', 'lemon-water']);
  });

  it('reads herbal teas by their herb as herbal tea', () => {
    expect(ids('Hibiscus tea lowered my blood pressure.')).toEqual(['herbal-tea']);
    expect(ids('Peppermint tea in the evening settles my stomach.')).toEqual(['herbal-tea']);
  });

  it('reads breakfast eaten for an effect, not as a time', () => {
    expect(ids('The best reason to eat breakfast is to boost metabolism.')).toEqual(['breakfast']);
    expect(under('breakfast', 'meal-timing')).toBe(true);
    expect(ids('How many meals do you have now, when you eat breakfast?')).toEqual([]);
  });

  it('reads the grid roller as foam rolling', () => {
    expect(ids("I've added a quick leg roll with my Grid roller and it feels good.")).toContain('foam-rolling');
  });
});

describe('lexicon12 sense rules', () => {
  it('reads a lower-case one a day as a count, the capitalised brand as a multivitamin', () => {
    expect(ids('My partner is now down to one a day and is diluting that one.')).toEqual([]);
    expect(ids('I take a One A Day for my energy.')).toEqual(['multivitamin']);
  });

  it('does not read a metaphorical crutch as a walking aid', () => {
    expect(ids("I've used no crutches like tea or decaf.")).not.toContain('walking-aids');
    expect(ids('I used crutches for six weeks after the surgery.')).toContain('walking-aids');
  });

  it('does not read transitive or idiomatic running and swimming as exercise', () => {
    expect(ids('She was constantly running her kids to and from school.')).toEqual([]);
    expect(ids('He is running for office again.')).toEqual([]);
    expect(ids('Cheers for his courage to swim upstream against misinformation.')).toEqual([]);
    expect(ids('I went running for 20 minutes and my knee felt better.')).toEqual(['running']);
  });

  it('does not read idioms of exercise, walking and warming up as remedies', () => {
    expect(ids('And just as an exercise, take a look at the numbers.')).toEqual([]);
    expect(ids('The only reason someone walks away from 20% down is desperation.')).toEqual([]);
    expect(ids('Nasal breathing has the advantage of warming up the inhaled air.')).not.toContain('warm-up');
  });

  it('reads a food before flavored as a taste', () => {
    expect(ids('The fish oil I take is lemon flavored.')).toEqual(['fish-oil']);
  });

  it('reads the ingredients of a product or of digestion as constituents, not things taken', () => {
    expect(ids("It's a coffee substitute made from barley, chicory, and rye.")).not.toContain('whole-grains');
    expect(ids('Another tool for the digestion of beans/legumes/cabbage is alpha-galactosidase.')).not.toContain('leafy-greens');
  });
});
