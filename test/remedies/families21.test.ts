import { describe, expect, it } from 'vitest';
import { ids, under } from './helpers.ts';

describe('lexicon pass 20: sweeteners, diet sodas, cola and coca leaf, two named diets', () => {
  it('reads artificial sweeteners and the named ones under them', () => {
    expect(ids('Going without fake sugar, like splenda, helps my cravings.')).toContain('artificial-sweeteners');
    expect(ids('Every doctor I know condemns nutrasweet as an unsafe sweetener.')).toContain('aspartame');
    const ace = ids('It happened to me when I was taking high doses of ace-k, and stopping the ace-k made the nodules go away.');
    expect(ace).toContain('acesulfame-k');
    expect(ace).not.toContain('potassium');
    expect(ids('I switched to sucralose and my stomach was fine.')).toContain('sucralose');
    for (const id of ['aspartame', 'sucralose', 'acesulfame-k', 'diet-soda']) expect(under(id, 'artificial-sweeteners')).toBe(true);
  });

  it('reads Coke Zero and diet sodas as diet soda, not as cola', () => {
    expect(ids('Espresso has more caffeine than Coke Zero, and it helps my headaches.')).toContain('diet-soda');
    expect(ids('I drink diet soda.')).toEqual([]);
    const found = ids("I'm curious about the Coke Zero and headaches link.");
    expect(found).toContain('diet-soda');
    expect(found).not.toContain('cola');
    expect(ids('I used to drink diet sodas for my headaches.')).toContain('diet-soda');
  });

  it('reads Coca-Cola and coke as cola, under carbonated drinks, in health talk only', () => {
    expect(ids('A few friends went to coca-cola for their headaches in times of emergency.')).toContain('cola');
    expect(ids('Flat coke settled my stomach.')).toContain('carbonated-drinks');
    expect(ids('We bought a coke at the game.')).not.toContain('cola');
    expect(under('cola', 'carbonated-drinks')).toBe(true);
  });

  it('reads coca leaves and coca tea', () => {
    expect(ids('Incas have been chewing on coca leaves to cure headaches.')).toContain('coca-leaf');
    expect(ids('You can order coca tea online.')).toContain('coca-leaf');
  });

  it('reads the Mayo Clinic Diet and, case-exact, the 4 Day Diet', () => {
    expect(ids('The Mayo Clinic Diet (experts), The 4 Day Diet (easy and quick).')).toEqual(expect.arrayContaining(['mayo-clinic-diet', '4-day-diet']));
    expect(ids('You could do a mini 3 to 4 day diet of bone broth for your gut.')).not.toContain('4-day-diet');
  });
});

describe('lexicon pass 20: phrasings of entries the lexicon had', () => {
  it('reads cutting the carbs and a lower level of carbs as low carb', () => {
    expect(ids('Anything that reduces insulin output will help. Cut the carbs.')).toContain('low-carb-diet');
    expect(ids('I seem to perform better with a lower level of carbs.')).toContain('low-carb-diet');
  });

  it('reads a diet that eliminates grains and avoids seed oils', () => {
    const found = ids('A paleo diet eliminates grains, favors grass-fed animals and avoids seed oils.');
    expect(found).toContain('grain-free');
    expect(found).toContain('seed-oil-free');
    expect(ids('I avoided processed vegetable oils for a year.')).toContain('seed-oil-free');
  });

  it('reads a protein-rich breakfast and protein within 30 minutes of waking as meal timing', () => {
    expect(ids('Get up at 8 AM, eat a protein-rich breakfast, then commute.')).toContain('meal-timing');
    expect(ids('Could our ancestors consume 30 grams of protein within 30 minutes of waking?')).toContain('meal-timing');
  });

  it('reads IFing, adding protein, lower fat and going full potato', () => {
    expect(ids('I read that IFing is bad for fertility.')).toContain('intermittent-fasting');
    expect(ids('After I had lost most of my weight, I started adding proteins to the potatoes.')).toContain('high-protein-diet');
    expect(ids('Higher protein appears to be working, but it could also be lower fat.')).toContain('low-fat-diet');
    expect(ids('He ate 6000 calories a day with very limited fat intake.')).toContain('low-fat-diet');
    expect(ids('I have no wish to go full potato.')).toContain('potato-diet');
    expect(ids('I have been on the potatoes for 6 months and have lost 40 pounds.')).toContain('potato-diet');
  });
});

describe('lexicon pass 20: ordinary-English uses of remedy words', () => {
  it('leaves out a food with more protein or less fat than another', () => {
    expect(ids('It has a higher protein content per gram than other foods.')).not.toContain('high-protein-diet');
    expect(ids('The advice is to consume lower fat dairy.')).not.toContain('low-fat-diet');
    expect(ids('Lower fat oxidation follows a carb meal.')).not.toContain('low-fat-diet');
  });

  it('leaves out stretches of days, lemon-lime, cycling into other days and rest days as a schedule', () => {
    expect(ids("I've changed my recommendations to 3-5 day stretches.")).not.toContain('stretching');
    expect(ids('I could try a lemon-lime carbonated water to see if I get relief.')).not.toContain('lemon-water');
    expect(ids('You might benefit from cycling into a few high protein days.')).not.toContain('cycling');
    expect(ids('Higher carbs on activity days and very low on rest days.')).not.toContain('rest');
    expect(ids('I take two rest days a week and my knees stopped hurting.')).toContain('rest');
  });

  it('leaves out a rest from digestion or blogging', () => {
    expect(ids('Fasting gives your body a rest from digestion.')).not.toContain('rest');
    expect(ids('Enjoy your rest from blogging.')).not.toContain('rest');
  });

  it('leaves out a bodybuilder named as a person, and the 4-Hour Body as a book', () => {
    expect(ids('Carbs and pizza built the bodybuilder named Sergio Oliva.')).not.toContain('bodybuilding');
    expect(ids('Speaking of the 4 Hour Body, I did a post on his Geek to Freak chapter.')).not.toContain('slow-carb-diet');
    expect(ids('The slow-carb diet took 10 pounds off me.')).toContain('slow-carb-diet');
  });

  it('reads No Salt, case-exact, as the potassium salt, not no salt', () => {
    expect(ids('I used No Salt instead of regular salt to keep the sodium down for my blood pressure.')).toContain('potassium');
    expect(ids('Could I go on a porridge diet, no salt or sugar, for my health?')).not.toContain('potassium');
  });

  it('reads inflammatory as health talk for a plain food', () => {
    expect(ids('Grains are highly inflammatory. Paleo favors grass-fed meat.')).toContain('grass-fed-beef');
  });

  it('leaves out what a drink is flavored or sweetened with', () => {
    expect(ids('I drink a protein shake flavored with instant coffee (caffeinated or decaf) and splenda.')).not.toContain('sucralose');
  });

  it('leaves out the Whole Foods store and a workout that only times something', () => {
    expect(ids('Places like Whole Foods post nutrient scores for your health.')).not.toContain('whole-foods-diet');
    expect(ids('I agree on getting as much nutrition as possible from whole foods. Supplements should be kept to a minimum.')).toContain('whole-foods-diet');
    expect(ids('Also, coffee before workout for caffeine helps my energy.')).not.toContain('exercise');
  });
});
