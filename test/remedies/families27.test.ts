import { describe, expect, it } from 'vitest';
import { ids, under } from './helpers.ts';

describe('lexicon pass 26: training methods and the people and ideas around them', () => {
  it('reads Max Pyramid (John Little) as static holds, not bodybuilding', () => {
    expect(ids('I did a 2nd version of this workout using static holds max pyramid style for biceps.')).not.toContain('bodybuilding');
    expect(ids("I've done the Max Pyramid leg press many times, but never with a static weight.")).toContain('isometric-exercise');
    expect(under('isometric-exercise', 'strength-training')).toBe(true);
  });

  it('reads a method followed by experts as people, and by belief as an idea', () => {
    expect(ids("I don't know how the HIT experts would answer that question.")).not.toContain('hit');
    expect(ids('The author is an exercise expert instead of an enthusiast.')).toEqual([]);
    expect(ids('BBS goes after the bodybuilder belief that hitting muscles from different angles can alter its shape.')).not.toContain('bodybuilding');
    expect(ids('I switched to HIT last year and got stronger.')).toContain('hit');
  });

  it('reads metabolic conditioning developed or improved as a quality, not circuit training', () => {
    expect(ids('Our goal is to develop general metabolic conditioning and structural improvements to the body.')).not.toContain('circuit-training');
    expect(ids('I do metabolic conditioning twice a week and my endurance is better.')).toContain('circuit-training');
  });

  it('reads exercise photos in a book as pictures, not exercise', () => {
    expect(ids('I prefer Kindle books but not if I would miss out due to color pictures and exercise photos.')).toEqual([]);
    expect(ids('Exercise helped my back more than anything.')).toContain('exercise');
  });
});

describe('lexicon pass 26: protein counted or raised', () => {
  it('reads counting protein as a protein target', () => {
    expect(ids('Once you get to grips with just counting protein there comes a second problem.')).toContain('protein');
    expect(ids('The least effort approach to fat loss would be to just count grams of protein.')).toContain('protein');
    expect(under('high-protein-diet', 'protein')).toBe(true);
  });

  it('reads a higher level or amount of protein as a high-protein diet', () => {
    expect(ids('You may not have adjusted to a higher level of protein yet.')).toContain('high-protein-diet');
    expect(ids('I eat a higher amount of protein at breakfast now.')).toContain('high-protein-diet');
  });
});

describe('lexicon pass 26: cold and warmth', () => {
  it('reads an ice pack between the shoulder blades as cold exposure, not an ice pack on an injury', () => {
    expect(ids('Maybe the ice pack between the shoulder blade (4 hour Body protocol).')).toEqual(['cold-exposure']);
    expect(ids('Place an ice pack between the shoulder blades for 30 minutes.')).toEqual(['cold-exposure']);
    expect(ids('An ice pack on my knee took the swelling down.')).toContain('ice');
  });

  it('reads a body trying to warm up as physiology, not a warm-up', () => {
    expect(ids('I feel colder because my body is trying to warm up (like being chilled with a fever).')).not.toContain('warm-up');
    expect(ids('I warm up with light sets before squats.')).toContain('warm-up');
  });
});

describe('lexicon pass 26: meal replacement shakes', () => {
  it('reads Soylent and meal replacement shakes as a meal replacement diet', () => {
    expect(ids('I decided to experiment with four weeks of a diy soylent drink for two meals a day.')).toContain('meal-replacement');
    expect(ids('I lived on meal replacement shakes for a month and lost ten pounds.')).toContain('meal-replacement');
    expect(under('meal-replacement', 'diet')).toBe(true);
  });

  it('reads a meal replacement strategy (the potato hack) as no shake', () => {
    expect(ids('The way to think about it is that it is a meal replacement strategy.')).toEqual([]);
  });
});

describe('lexicon pass 26: protein foods and shakes described', () => {
  it('reads the casein someone has as casein, the casein in a food as a constituent', () => {
    expect(ids("Interesting about the Casein, I'll have to check that out.")).toContain('whey-protein');
    expect(ids('When the casein runs out, I will probably switch to cottage cheese.')).toContain('whey-protein');
    expect(ids('Also the casein in goat milk is considerably easier to digest.')).toEqual([]);
  });

  it('reads a low protein, high fat shake as a drink described, not a low-protein diet', () => {
    expect(ids("If I down a can of coconut milk (ie, a low protein, high fat shake) I ain't gonna be hungry.")).not.toContain('low-protein-diet');
    expect(ids('I went on a low protein diet for my kidneys.')).toContain('low-protein-diet');
  });
});

describe('lexicon pass 26: a trainer as a job', () => {
  it('reads being or working as a personal trainer as a job, not training with one', () => {
    expect(ids('Being a personal trainer, this was definitely a major concern of mine.')).toEqual([]);
    expect(ids('Vinnie Tortorich was a personal trainer in Hollywood decades ago.')).toEqual([]);
    expect(ids('I hired a personal trainer and my back pain went away.')).toContain('athletic-trainer');
  });
});
