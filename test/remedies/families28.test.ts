import { describe, expect, it } from 'vitest';
import { ids, under } from './helpers.ts';

describe('lexicon pass 27: salt beside sugar and fat', () => {
  it('reads salt in the sugar-fat-salt triad as a food constituent, not salt taken', () => {
    expect(ids('The combo of sugar, fat, and salt will short circuit your appetite centers, or worse.')).not.toContain('salt');
    expect(ids('I see the sentence about salt-sugar-fat as a pathway to short circuit appetite as potentially therapeutic guidance.')).not.toContain('salt');
    expect(ids('Combining sugar, salt and fat has a negative impact on appetite control, which makes it worse.')).not.toContain('salt');
    expect(ids('More salt helped my cramps.')).toContain('salt');
  });
});

describe('lexicon pass 27: ideas and cultures, not practices', () => {
  it('reads the hygiene hypothesis as an idea, not germ exposure', () => {
    expect(ids("And because I wasn't yet exposed to the hygiene hypothesis, I wasn't testing anything.")).toEqual([]);
    expect(ids('I think the hygiene hypothesis is the best explanation for the rise in allergies.')).toEqual([]);
    expect(ids('We let the kids play in the dirt to build their immunity.')).toContain('germ-exposure');
  });

  it('reads an idea gaining traction as acceptance, not spinal traction', () => {
    expect(ids("40+ years have gone by and it still hasn't gained a lot of traction for athletic preparation.")).not.toContain('traction');
    expect(ids('The diet never gained the traction and excitement that we see in Paleo.')).not.toContain('traction');
    expect(ids('Cervical traction helped my neck pain.')).toContain('traction');
  });

  it('reads a traditional food culture as a culture, not the Weston Price diet', () => {
    expect(ids('That is all changing as incomes rise, but traditional food culture here is still far stronger.')).toEqual([]);
    expect(ids('I eat traditional foods for my health.')).toContain('traditional-foods');
  });
});

describe('lexicon pass 27: sled pushes, calories controlled and protein per body weight', () => {
  it('reads sled pushes and sandbag carries as sled work', () => {
    expect(ids('Consider hill sprints; sled pushes; sandbag carries.')).toContain('sled-work');
    expect(ids('I finish with a few prowler pushes.')).toContain('sled-work');
    expect(under('sled-work', 'strength-training')).toBe(true);
  });

  it('reads controlling or watching calories as counting them', () => {
    expect(ids('Everyone should control your calories consistently.')).toContain('calorie-counting');
    expect(ids('Back then I was less skilled in the art of controlling calories.')).toContain('calorie-counting');
  });

  it('reads grams of protein per pound or kilogram of body weight as a protein target', () => {
    expect(ids('Aim for .6-.8 g of protein based on your body weight a day.')).toContain('protein');
    expect(ids('Eat a deficit, eat .8-1g protein/lb bw.')).toContain('protein');
    expect(ids('Specifically, 2 grams of protein per kilogram of body weight.')).toContain('protein');
    expect(ids('Brewed coffee has 0.3 grams of protein per 6 ounces.')).toEqual([]);
  });
});

describe('lexicon pass 27: low-fat dairy and less saturated fat', () => {
  it('reads low-fat, non-fat and fat-free dairy as a new entry under the low-fat diet', () => {
    expect(ids("I've switched to mostly non-fat dairy, and I haven't found good arguments against it.")).toContain('low-fat-dairy');
    expect(ids('Do you consider low-fat or zero-fat dairy to be OK if it is the sat fat that is the issue?')).toContain('low-fat-dairy');
    expect(ids('Do you consider low-fat or zero-fat dairy to be OK if it is the sat fat that is the issue?')).not.toContain('low-fat-diet');
    expect(ids('I seek out low-fat and fat-free dairy.')).toContain('low-fat-dairy');
    expect(under('low-fat-dairy', 'low-fat-diet')).toBe(true);
  });

  it('reads low-fat milk as low-fat dairy only beside health talk', () => {
    expect(ids('Low-fat milk is good if trying to lose weight.')).toContain('low-fat-dairy');
    expect(ids('Strawberry flavor is just cream, strawberries, skim milk, sugar and egg yolks.')).toEqual([]);
  });

  it('reads reducing or cutting saturated fat as less saturated fat, a food low in it as a description', () => {
    expect(ids('Does that mean reducing saturated fat but keeping PUFA relatively higher?')).toContain('low-saturated-fat');
    expect(ids('When I reduced saturated fat again my bloodwork improved again.')).toContain('low-saturated-fat');
    expect(ids('It is very high in iron and very low in saturated fat.')).toEqual([]);
    expect(under('low-saturated-fat', 'low-fat-diet')).toBe(true);
  });
});

describe('lexicon pass 27: carbohydrates cut and soil-based probiotics', () => {
  it('reads cutting or avoiding carbohydrates, also in a list, as the low-carb diet', () => {
    expect(ids("She's another MD telling people to avoid eating the white stuff (sugar, flour, carbohydrates).")).toContain('low-carb-diet');
    expect(ids('All roads to optimal health led to cutting carbohydrates.')).toContain('low-carb-diet');
  });

  it('reads a soil-based protocol or probiotic as probiotics', () => {
    expect(ids('I started a resistant starch and soil-based protocol inspired by the Free the Animal discussions.')).toContain('probiotics');
    expect(ids('A soil-based probiotic fixed my digestion.')).toContain('probiotics');
  });
});

describe('lexicon pass 27: weight loss wished for or weighed', () => {
  it('reads losing weight striven for, needed or called easy as a wish, not weight loss reached', () => {
    expect(ids('I am a 340lb man who is striving to lose weight for my health, and to feel better about myself.')).not.toContain('weight-loss');
    expect(ids("I don't mean to suggest that it's easy to lose weight or that learning more can't be helpful.")).not.toContain('weight-loss');
    expect(ids('That is not to belittle how difficult losing weight is for people, which helped nobody.')).not.toContain('weight-loss');
  });

  it('keeps weight loss reported as what helped', () => {
    expect(ids('Losing weight fixed my knees.')).toContain('weight-loss');
    expect(ids('I lost weight and my knee pain is gone.')).toContain('weight-loss');
  });
});

describe('lexicon pass 27: strength coaches as people', () => {
  it('reads strength coaches spoken of as people, not training with a coach', () => {
    expect(ids('As long as strength coaches use their sport metrics to discredit HIT, I fail to be convinced.')).not.toContain('athletic-trainer');
    expect(ids('Strength coach Charles Poliquin tells his athletes to sleep in the dark.')).not.toContain('athletic-trainer');
    expect(ids('I hired a personal trainer and my back got better.')).toContain('athletic-trainer');
  });
});

describe('lexicon pass 27: bodybuilders as people', () => {
  it('reads a bodybuilder as a person, not bodybuilding', () => {
    expect(ids('Reaching a low body fat, i.e. a bodybuilder on competition day, requires calorie restriction.')).not.toContain('bodybuilding');
    expect(ids("If you're a bodybuilder or a growing teenager, you may need more protein.")).not.toContain('bodybuilding');
    expect(ids('I switched from bodybuilding to HIT and my joints feel better.')).toContain('bodybuilding');
  });
});

describe('lexicon pass 27: good or deep sleep got', () => {
  it('reads getting deep or good sleep as advice, trouble getting it as a problem', () => {
    expect(ids("But the most important thing I'd focus on is getting deep sleep.")).toContain('sleep');
    expect(ids('Get good sleep, exercise safely, and hope for the best.')).toContain('sleep');
    expect(ids('People with serious weight issues always have trouble getting good sleep.')).not.toContain('sleep');
    expect(ids('But the leaner you are, the harder it is to get good sleep.')).not.toContain('sleep');
  });
});

describe('lexicon pass 27: from the archive check', () => {
  it('keeps command-and-control calorie restriction as calorie restriction', () => {
    expect(ids("Doing command-and-control calorie restriction doesn't work for most people.")).toEqual(['caloric-restriction']);
  });

  it('reads a fat low in saturated fat as a description, not less saturated fat', () => {
    expect(ids('This is very high PUFA and O3 and low sat fat.')).toEqual([]);
  });
});
