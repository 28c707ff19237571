import { describe, expect, it } from 'vitest';
import { ids, under } from './helpers.ts';

describe('lexicon pass 17: named diets, going without sunscreen or sunglasses, rings as bodyweight work', () => {
  it('reads the SOW diet and the Twinkie diet as their own entries', () => {
    expect(ids('Look at the SOW Diet chart, Month 5.')).toContain('sow-diet');
    expect(ids('The Twinkie Diet shows the importance of the amount of calories.')).toContain('twinkie-diet');
    expect(under('twinkie-diet', 'caloric-restriction')).toBe(true);
  });

  it('reads avoiding sunscreen and going without sunglasses as choices, under sunscreen and sun exposure', () => {
    expect(ids('In that book I recall her saying to avoid sunscreen and sunglasses.')).toContain('sunscreen-free');
    expect(ids('I recently decided to try without sunglasses for a while.')).toContain('sunglasses-free');
    expect(under('sunscreen-free', 'sunscreen')).toBe(true);
    expect(under('sunglasses-free', 'sun-exposure')).toBe(true);
  });

  it('files gymnastic rings under calisthenics', () => {
    expect(under('gymnastics', 'calisthenics')).toBe(true);
  });
});

describe('lexicon pass 17: carbs up and down, junk food out, fiber by amount', () => {
  it('reads lower and higher carbs and raising carb intake as the low- and high-carb diets', () => {
    const both = ids('Lower carbs and more sleep in winter and higher carbs and more activity when the days are long.');
    expect(both).toContain('low-carb-diet');
    expect(both).toContain('high-carb-diet');
    expect(ids('Yes, I have actually upped my carb intake in the last month or so.')).toContain('high-carb-diet');
    expect(ids("Rusty Moore's HCLF Diet is much more interesting.")).toContain('high-carb-diet');
  });

  it('leaves out carbs as an arithmetic consequence and a named diet\'s higher-carb version', () => {
    expect(ids('Lower fat necessarily means higher carbs.')).not.toContain('high-carb-diet');
    expect(ids('That means more carbs, more insulin, more IGF.')).not.toContain('high-carb-diet');
    expect(ids('I would say I follow a slightly higher carb version of PHD.')).not.toContain('high-carb-diet');
  });

  it('reads removing or staying away from junk food, and whole natural foods, as a whole-food diet', () => {
    expect(ids('They implied that removing the junk food and reducing calories was enough.')).toContain('whole-foods-diet');
    expect(ids('Get lots of fiber, and stay away from junk food.')).toContain('whole-foods-diet');
    expect(ids('It has required consistency with whole natural foods to get here.')).toContain('whole-foods-diet');
  });

  it('reads lots of fiber and foods with fiber as fiber, but not a food that contains none', () => {
    expect(ids('Avoid processed stuff, get lots of fiber.')).toContain('fiber');
    expect(ids('Adding in foods with fiber will also reduce appetite.')).toContain('fiber');
    expect(ids('Oil is calorie dense and contains no fiber.')).not.toContain('fiber');
    expect(ids('Oils have little nutritive value, no fiber or minerals either.')).not.toContain('fiber');
  });
});

describe('lexicon pass 17: other senses of running, hydration and daylight', () => {
  it('leaves out running a business, experiments or tests', () => {
    expect(ids('They lowered prices to below costs and ran everything off cash flow.')).not.toContain('running');
    expect(ids('This is the power of running experiments.')).not.toContain('running');
    expect(ids('I went running every morning and it helped my mood.')).toContain('running');
  });

  it('leaves out the body\'s own hydration and water content', () => {
    expect(ids('I wonder if the low carb is affecting muscle hydration in a negative way.')).not.toContain('hydration');
    expect(ids('Milk is only about 15% more water than a roast beef.')).not.toContain('hydration');
  });

  it('leaves out the season\'s shorter days', () => {
    expect(ids('Lower carbs when there is less daylight and higher carbs when the days are long.')).not.toContain('sun-exposure');
    expect(ids('I sleep better in the winter, while there is less sun exposure.')).not.toContain('sun-exposure');
  });
});
