import { describe, expect, it } from 'vitest';
import { ids, under } from './helpers.ts';

describe('lexicon pass 29: ordinary English kept out', () => {
  it('reads food that may pass through the body as no mobility work', () => {
    expect(ids('Cells that are not broken down from chewing may pass through our bodies without releasing the fats.')).toEqual([]);
    expect(ids('Shoulder pass-throughs with a broomstick fixed my shoulder.')).toContain('mobility-work');
  });

  it('reads leisurely or flat stretches of a ride as road, not stretching', () => {
    expect(ids('I ride hard and make sure to mix uphill, sprints and leisurely stretches.')).not.toContain('stretching');
    expect(ids('The flat stretches of the route are boring.')).not.toContain('stretching');
    expect(ids('I do hamstring stretches every morning and my back feels better.')).toContain('stretching');
  });

  it('reads sprinting speed as a quality, not sprints', () => {
    expect(ids('There is a lot more to sprinting speed than muscle and bone sizes.')).toEqual([]);
    expect(ids('I do sprints twice a week.')).toContain('sprints');
  });

  it('reads running against someone as a race or an election, not running', () => {
    expect(ids("And here's Christophe running against (and beating) a real mesomorph.")).toEqual([]);
    expect(ids('I started running again and my mood improved.')).toContain('running');
  });

  it('reads high vs low GI carbs as a comparison, not the low-glycemic diet', () => {
    expect(ids('Any thoughts on high vs. low GI carbs on the big meal?')).not.toContain('low-glycemic-diet');
    expect(ids("I haven't looked into the high vs low GI carb debate.")).not.toContain('low-glycemic-diet');
    expect(ids('A low GI diet helped my blood sugar.')).toContain('low-glycemic-diet');
  });
});

describe('lexicon pass 29: alcohol abstinence and the seasonal approach', () => {
  it('reads alcohol abstinence as cutting out alcohol', () => {
    expect(ids('Alcohol abstinence for a month fixed my sleep.')).toContain('alcohol-free');
    expect(ids('Abstinence from alcohol lowered my blood pressure.')).toContain('alcohol-free');
  });

  it('reads the seasonal strategies (diet and training by the seasons) as a new entry under diet', () => {
    expect(ids('Truthfully I will be following your "Seasonal Strategies" for the next 12 months.')).toContain('seasonal-eating');
    expect(ids('I have been eating seasonally for a year.')).toContain('seasonal-eating');
    expect(under('seasonal-eating', 'diet')).toBe(true);
  });
});

describe('lexicon pass 29: outcomes and wishes, not remedies', () => {
  it('reads a goal someone is wished luck with as a wish, not weight loss reached', () => {
    expect(ids('Good luck with your weight loss and knee improvements, your sharing inspires us all.')).not.toContain('weight-loss');
    expect(ids('Losing weight fixed my knees.')).toContain('weight-loss');
  });

  it('reads eating less caused by something as an outcome, not calorie restriction', () => {
    expect(ids("Test whether it's the soaking that causes you to eat less.")).not.toContain('caloric-restriction');
    expect(ids('Protein makes me eat less at dinner.')).not.toContain('caloric-restriction');
    expect(ids('I started to eat less and my blood sugar improved.')).toContain('caloric-restriction');
  });

  it('reads sleeping more deeply as an outcome, not more sleep', () => {
    expect(ids('I have started walking in nature and I am sleeping more deeply.')).not.toContain('sleep');
    expect(ids('Sleeping more fixed my cravings.')).toContain('sleep');
  });
});

describe('lexicon pass 29: a list of foods ending in free', () => {
  it('reads each earlier food of a list ending in free as left out', () => {
    expect(ids('Have you experimented with Intermittent Fasting? And are you sugar and grain free?')).toEqual(expect.arrayContaining(['sugar-free', 'grain-free']));
    expect(ids('Not sugar nor grain free either, mostly I eat pretty healthy.')).toEqual(expect.arrayContaining(['sugar-free', 'grain-free']));
    expect(ids('I went gluten, dairy and soy free last year.')).toEqual(expect.arrayContaining(['gluten-free', 'dairy-free', 'soy-free']));
    expect(ids('A gluten and dairy free diet cleared my skin.')).toEqual(expect.arrayContaining(['gluten-free', 'dairy-free']));
  });

  it('reads a list ending in free before a product as the product described', () => {
    expect(ids('I manufacture 4 delicious Paleo Grain/Gluten Free Granolas.')).not.toContain('grain-free');
    expect(ids('These are sugar and gluten free cookies.')).not.toContain('sugar-free');
  });
});

describe("lexicon pass 29: a recipe's ingredient lines", () => {
  const recipe = "When making ice cream, I've used the following recipe for an ice cream base.\n\n6 yolks\n3 cups of Heavy Cream\n1 Tbsp of raw potato starch or arrowroot (a thickener)\n1 Tbsp of vodka (makes it easier to scoop)\n1/2 cup Grade B maple syrup\n\nIt tastes like regular vanilla ice cream.";
  it('reads foods on the measured lines of a recipe as ingredients', () => {
    expect(ids(recipe)).not.toContain('resistant-starch');
    expect(ids(recipe)).not.toContain('alcohol');
  });

  it("keeps a food log's measured lines and a single measured dose", () => {
    const log = 'My day of eating for my gut health:\n1 ounce of raw sprouted almonds\n1 Tbsp of raw potato starch\n1 cup frozen wild blueberries';
    expect(ids(log)).toContain('resistant-starch');
    expect(ids('I take 1 Tbsp of raw potato starch in water every night for my gut.')).toContain('resistant-starch');
  });
});

describe('lexicon pass 29: exercise as a time of day', () => {
  it('reads after or before exercise as a time, as after a workout already was', () => {
    expect(ids('I tend to crave those that are more on the high side after exercise.')).not.toContain('exercise');
    expect(ids('Drink water before exercise.')).not.toContain('exercise');
    // The gerund is the practice itself: `after exercising for decades`.
    expect(ids("And this is after exercising for decades, so I didn't expect much of an impact.")).toContain('exercise');
    expect(ids('Exercise helped my mood.')).toContain('exercise');
  });
});
