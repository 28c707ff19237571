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
