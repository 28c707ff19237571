import { describe, expect, it } from 'vitest';
import { ids, under } from './helpers.ts';

describe('lexicon pass 15: protein, calories, carbs and fats named by how much is eaten', () => {
  it('reads protein intake as the parent of high- and low-protein eating', () => {
    expect(ids('I increased my protein intake when I started lifting again.')).toContain('protein');
    expect(ids('Resistance training fixes this, not extra protein.')).toContain('protein');
    expect(under('high-protein-diet', 'protein')).toBe(true);
    expect(under('low-protein-diet', 'protein')).toBe(true);
  });

  it('reads eating fewer calories and a low-cal diet as calorie restriction', () => {
    expect(ids('I lost 20 pounds because I ate fewer calories.')).toContain('caloric-restriction');
    expect(ids('Three meals a day, low carb, low cal.')).toContain('caloric-restriction');
  });

  it('reads more carbs and healthy fats as the high-carb and high-fat diets, but not body fat carried', () => {
    expect(ids('I increase carbs on the days I train.')).toContain('high-carb-diet');
    expect(ids('Just keep eating the healthy fats and your skin will clear.')).toContain('high-fat-diet');
    expect(ids('I know I carried more fat than I needed in my quest for size.')).not.toContain('high-fat-diet');
  });
});

describe('lexicon pass 15: leaving out bread and dairy, tubers, protein bars', () => {
  it('reads going without bread as gluten-free and cutting dairy as dairy-free', () => {
    expect(ids('I have noticed that the longer I go without bread, the better I feel.')).toContain('gluten-free');
    expect(ids('I decided to go bread free for a month.')).toContain('gluten-free');
    expect(ids("I've been decreasing red meat while reducing dairy.")).toContain('dairy-free');
  });

  it('reads tubers as root vegetables under the starches', () => {
    expect(ids('Try other tubers, like turnips, for your gut.')).toContain('root-vegetables');
    expect(under('root-vegetables', 'safe-starches')).toBe(true);
  });

  it('reads protein bars as their own supplement', () => {
    expect(ids('I usually eat a protein bar after work.')).toEqual(['protein-bars']);
  });
});

describe('lexicon pass 15: names and abbreviations', () => {
  it('reads the Weston Price diet as traditional foods and a case-exact CF as CrossFit', () => {
    expect(ids('I tried the Weston Price diet for a year.')).toContain('traditional-foods');
    expect(ids('In general, it looks like CF is more fun than HIT.')).toContain('crossfit');
  });

  it('reads press ups as push-ups, not the McKenzie method', () => {
    expect(ids('He recommends a finger forward position for press ups.')).toEqual(['push-ups']);
  });

  it('no longer reads McGuff alone, a person, as Body by Science', () => {
    expect(ids('Doug McGuff had this to say about feedback.')).toEqual([]);
    expect(ids('I follow the Body by Science workout once a week.')).toContain('body-by-science');
  });

  it('compiles the plural of a phrase whose last word ends in -ss', () => {
    expect(ids('I prefer dumbbells for floor presses.')).toContain('lifting-exercises');
    expect(ids('I do bench presses twice a week.')).toContain('bench-press');
  });
});

describe('lexicon pass 15: other senses', () => {
  it('does not read vitamins as constituents of a food as supplements', () => {
    expect(ids('Optimize for foods high in vitamins, minerals, and micronutrients.')).not.toContain('supplements');
    expect(ids('Liver is the richest source of protein, vitamins and minerals.')).not.toContain('supplements');
    expect(ids('I take vitamins every morning.')).toContain('supplements');
  });

  it('does not read a cycling strategy, a kidney and liver, a PT test or an exercise professional as remedies', () => {
    expect(ids('Perhaps use a cycling strategy between the three methods.')).not.toContain('cycling');
    expect(ids('The kidney, liver, bones and muscle weaken with aging.')).not.toContain('organ-meats');
    expect(ids('I train for the PT test I have to do a few times a year.')).not.toContain('physical-therapy');
    expect(ids('He is both a doctor and an exercise professional.')).not.toContain('exercise');
  });

  it('reads pre- and post-workout nutrition as nutrient timing, not the stimulant supplement', () => {
    expect(ids("I don't try to optimize pre-workout nutrition.")).toEqual(['workout-nutrition']);
    expect(under('workout-nutrition', 'meal-timing')).toBe(true);
  });
});
