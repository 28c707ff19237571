import { describe, expect, it } from 'vitest';
import { ids, under } from './helpers.ts';

describe('lexicon pass 22: ordinary senses kept out', () => {
  it('keeps a raise in wages, prices or rates out of hiking', () => {
    expect(ids('Seems much less disruptive than an abrupt minimum wage hike.')).not.toContain('hiking');
    expect(ids('The rent hikes pushed them out of the city.')).not.toContain('hiking');
    expect(ids('A long hike in the hills cleared my head and my knee felt fine.')).toContain('hiking');
  });

  it('keeps supplemental income, insurance and information out of supplements', () => {
    expect(ids('A recent retiree looking for supplemental income has 30 years of work experience.')).not.toContain('supplements');
    expect(ids('Buy supplemental insurance if your plan has a high deductible.')).not.toContain('supplements');
    expect(ids('Supplemental magnesium helped my sleep.')).toContain('magnesium');
  });

  it('keeps Christopher McDougall, the author of Born to Run, out of the McDougall diet', () => {
    expect(ids("Some excellent explanations are laid out in Christopher McDougall's book Born to Run.")).not.toContain('vegan-diet');
    expect(ids('The McDougall diet helped me lose 20 pounds.')).toContain('vegan-diet');
  });

  it('keeps the body\u2019s own growth hormone out of steroids', () => {
    expect(ids('Exercise in a fasting state stimulates production and release of growth hormone.')).not.toContain('steroids');
    expect(ids('The small amount of growth hormone released after high intensity exercise is good.')).not.toContain('steroids');
    expect(ids('The higher quantities of growth hormone provoked by exercise are probably not good.')).not.toContain('steroids');
    expect(ids('Deep sleep raises your growth hormone levels.')).not.toContain('steroids');
    expect(ids('Pro bodybuilders use steroids and growth hormone to get that big.')).toContain('steroids');
  });
});

describe('lexicon pass 22: barefoot running as an entry under running', () => {
  it('reads running barefoot, a barefoot runner and minimalist running as barefoot running, not as shoes', () => {
    const tribes = ids('Those tribes run barefoot or run with the same style as a barefoot runner, which is much kinder on the joints.');
    expect(tribes).toContain('barefoot-running');
    expect(tribes).not.toContain('minimalist-shoes');
    const calves = ids('I found that barefoot and minimalist running had the effect of strengthening my arches.');
    expect(calves).toContain('barefoot-running');
    expect(calves).not.toContain('minimalist-shoes');
    expect(ids('She made the transition to minimalist running in 2011 and is now injury free.')).toContain('barefoot-running');
    expect(under('barefoot-running', 'running')).toBe(true);
    expect(ids('I wear Vivo barefoot shoes at work and my feet feel better.')).toContain('minimalist-shoes');
  });
});

describe('lexicon pass 22: phrasings', () => {
  it("reads Peat's ideas and theories as the Ray Peat diet", () => {
    expect(ids("I gave Peat's ideas a spin and a short trial paid off.")).toContain('ray-peat-diet');
    expect(ids('I too bought in to the Matt Stone and Ray Peat theories.')).toContain('ray-peat-diet');
  });

  it('reads Mg, the chemical symbol, as magnesium but not mg, the unit', () => {
    expect(ids("Transdermal Mg. I hadn't heard of that.")).toContain('magnesium');
    expect(ids('I feel the same regardless of the type of Mg I supplement with.')).toContain('magnesium');
    expect(ids('Take 500 mg of vitamin C.')).not.toContain('magnesium');
  });

  it('reads one big meal a day as one meal a day, and eating only meat as the carnivore diet', () => {
    expect(ids('For me it is the convenience of eating one big meal a day.')).toContain('omad');
    expect(ids('Some people can thrive on one meal daily.')).toContain('omad');
    expect(ids('I followed a blog of a guy who only ate meat for a year.')).toContain('carnivore-diet');
  });

  it('keeps eating less meals out of calorie restriction', () => {
    expect(ids('The ease of eating less meals is also a factor, less thinking about food is a bonus.')).not.toContain('caloric-restriction');
    expect(ids('Eating less helped me lose the weight.')).toContain('caloric-restriction');
  });

  it('keeps a dairy food\u2019s fat content out of the high-fat diet', () => {
    expect(ids('I think high fat yogurt + honey would do the same thing for my skin.')).not.toContain('high-fat-diet');
    expect(ids('Organic high-fat yoghurt would be healthier.')).not.toContain('high-fat-diet');
    expect(ids('A high-fat diet helped my energy.')).toContain('high-fat-diet');
  });
});

describe('lexicon pass 22: eating late at night', () => {
  it('reads late-night eating and eating right before bed as bedtime foods; a rule to stop eating stays meal timing', () => {
    const late = ids('I also wonder if late night eating affects your level of cortisol and wakes me early.');
    expect(late).toContain('bedtime-snack');
    expect(late).not.toContain('meal-timing');
    expect(ids("If I don't eat right before bed I will have trouble falling asleep.")).toContain('bedtime-snack');
    expect(ids('I eat late at night and sleep better.')).toContain('bedtime-snack');
    expect(ids('Stop eating 4 hours before bedtime to sleep better.')).toContain('meal-timing');
  });
});

describe('lexicon pass 22: a goal named as a purpose', () => {
  it('keeps weight loss out after for, with respect to or when it comes to, even with a cue behind it', () => {
    expect(ids('Doctors used to widely prescribe amphetamine for weight loss, and it worked.')).not.toContain('weight-loss');
    expect(ids('I think, with respect to weight loss, we are where doctors were trying to cure diseases.')).not.toContain('weight-loss');
    expect(ids('Losing weight fixed my knees.')).toContain('weight-loss');
  });
});

describe('lexicon pass 22: skipping breakfast, avoiding foods with gluten, meal sequencing', () => {
  it('reads no longer or never eating breakfast as skipping it, not as eating it', () => {
    const found = ids('Very simple, because we no longer eat breakfast and feel better.');
    expect(found).toContain('time-restricted-eating');
    expect(found).not.toContain('breakfast');
    expect(ids("I've learned that I will likely never eat breakfast again.")).toContain('time-restricted-eating');
  });

  it('reads avoiding anything with gluten as gluten-free', () => {
    expect(ids('For clean ice cream, avoid anything with gluten toppings inside.')).toContain('gluten-free');
  });

  it('has meal sequencing as an entry under meal timing', () => {
    expect(ids('I try to sequence my meal(s) to the following order: fiber and fat first.')).toContain('meal-sequencing');
    expect(ids('I eat protein and veggies first for fat loss.')).toContain('meal-sequencing');
    expect(ids('Pick your protein first, then the sides.')).not.toContain('meal-sequencing');
    expect(under('meal-sequencing', 'meal-timing')).toBe(true);
  });
});

describe('lexicon pass 22: coffee ice cream', () => {
  it('reads coffee ice cream as ice cream (no longer hidden by caffeine\u2019s veto), not as coffee', () => {
    const found = ids('Coffee ice cream before bed helps me sleep.');
    expect(found).toContain('ice-cream');
    expect(found).not.toContain('caffeine');
    expect(ids('I had coffee ice cream at the shop.')).toEqual([]);
  });
});

describe('lexicon pass 22: case-exact forms written otherwise open no food guard', () => {
  it('does not let a unit (mg) or a name (Art) make a sentence speak of a remedy for the foods beside it', () => {
    expect(ids('Foods high in tyramine included chicken liver aged 9 days (63.84 mg/30 g) and sauerkraut (7.75 mg/250 g).')).toEqual([]);
    expect(ids('More like low-carb paleo (like Art Devany). I eat sardines.')).not.toContain('fish');
    expect(ids('Supplementing with Mg cured my cramps, and so did more salmon.')).toContain('magnesium');
  });

  it('keeps meat eaten only as prepared some way out of the carnivore diet', () => {
    expect(ids('The Muslims avoid pork and will only eat meat prepared in the Halal manner.')).not.toContain('carnivore-diet');
    expect(ids('A few people can only eat meat, which helped me a lot.')).toContain('carnivore-diet');
  });
});

describe('lexicon pass 22: avoiding eating right before bed', () => {
  it('reads avoiding eating right before bed as meal timing, not as a bedtime food', () => {
    const found = ids('Avoid eating right before bed and sleep cooler.');
    expect(found).toContain('meal-timing');
    expect(found).not.toContain('bedtime-snack');
  });
});
