import { describe, expect, it } from 'vitest';
import { ids } from './helpers.ts';

describe('lexicon pass 16: the potato diet by its meals, days and "only potatoes"', () => {
  it('reads potato meals, potato days and eating only potatoes as the potato diet', () => {
    expect(ids("I'll experiment with doing potato meals instead of potato days.")).toContain('potato-diet');
    expect(ids('I have a similar approach, except I rarely eat potato-only meals.')).toContain('potato-diet');
    expect(ids('Penn ate only plain baked potatoes the first month.')).toContain('potato-diet');
    expect(ids('He began his diet by consuming nothing but potatoes for 15 days.')).toContain('potato-diet');
    expect(ids('The day I started eating only potatoes, my snoring stopped.')).toContain('potato-diet');
  });

  it('leaves the days off the diet out', () => {
    expect(ids('It will mostly depend upon how calorie dense your non-potato meals are.')).not.toContain('potato-diet');
  });
});

describe('lexicon pass 16: protein up and down, high-volume eating, bulking phases, meal patterns', () => {
  it('reads more dietary protein and going low in protein as the high- and low-protein diets', () => {
    expect(ids("In contrast, I'm not excited about increasing dietary protein.")).toContain('high-protein-diet');
    expect(ids('He mentioned going very low in protein for 4 days.')).toContain('low-protein-diet');
  });

  it('reads high-volume foods and volumetrics as high-volume eating', () => {
    expect(ids('Eating high volume, higher fiber staples trick the brain into a satiety state.')).toContain('high-volume-diet');
    expect(ids('See the book Volumetrics for a detailed explanation.')).toContain('high-volume-diet');
    expect(ids('I prefer high volume training for my legs.')).not.toContain('high-volume-diet');
  });

  it('reads bulking and cutting phases as bulking, and a consistent meal pattern as meal timing', () => {
    expect(ids('Bodybuilders have long used bulking and cutting phases.')).toContain('bulking');
    expect(ids('I always thought that bulking/cutting was BS.')).toContain('bulking');
    expect(ids('I find that eating around the same times controls my hunger.')).toContain('meal-timing');
    expect(ids('Do you follow a consistent meal pattern or is it more random?')).toContain('meal-timing');
  });

  it('reads not lifting as strength training named, once', () => {
    expect(ids('Also, he doesn\'t lift, although he swims.')).toContain('strength-training');
    expect(ids("When I Potato Hack, I don't lift weights.").filter((x) => x === 'strength-training')).toHaveLength(1);
  });
});

describe('lexicon pass 16: drugs of addiction and vitamins as constituents are no remedies', () => {
  it('leaves a drug or alcohol addiction out of medication', () => {
    expect(ids('Someone trying to recover from a drug or alcohol addiction would not say that.')).not.toContain('medication');
    expect(ids('I have zero drug addictions and no food addictions.')).not.toContain('medication');
  });

  it('leaves vitamins listed with minerals, calories and fiber out of supplements', () => {
    expect(ids('Furthermore, vitamins, minerals and fiber will be decreased with increasing dietary protein.')).not.toContain('supplements');
    expect(ids("Because you are getting calories, vitamins, & minerals from the lemonade it's not a true fast.")).not.toContain('supplements');
    expect(ids('I take vitamins every morning.')).toContain('supplements');
  });
});
