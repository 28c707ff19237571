import { describe, expect, it } from 'vitest';
import { isInsideName } from '../../src/remedies/proper-name.ts';
import { ids } from './helpers.ts';

describe('isInsideName', () => {
  const words = ['Tales', 'of', 'the', 'Glitter', 'Gym', 'made', 'I', 'Coffee', 'my', 'coffee'];
  it('marks a capitalised word next to another capitalised word', () => {
    expect(isInsideName(words, 0, 4)).toBe(true);
  });

  it('leaves the first word of a sentence, a lower-case word and a word beside `I` alone', () => {
    expect(isInsideName(words, 4, 4)).toBe(false);
    expect(isInsideName(words, 0, 9)).toBe(false);
    expect(isInsideName(words, 0, 7)).toBe(false);
  });
});

describe('plain words inside a name', () => {
  it('does not read a gym or a coffee house named in a title as a remedy', () => {
    expect(ids('I loved Tales of the Glitter Gym, it helped my motivation.')).toEqual([]);
    expect(ids('The photo is from El Diablo Coffee in Seattle, where my headache started.')).toEqual([]);
  });

  it('still reads the plain word written in lower case', () => {
    expect(ids('Going to the gym helped my back pain.')).toEqual(['exercise']);
  });
});

describe('generic words as scenery', () => {
  it('does not read a gym or its music as remedies when nothing speaks of health', () => {
    expect(ids('I hate that gyms feel a need to play music.')).toEqual([]);
    expect(ids('The old guy in the gym was walking around the locker room.')).toEqual([]);
  });

  it('reads a workout or music taken for an effect', () => {
    expect(ids('A short workout helps my sleep.')).toEqual(['exercise']);
    expect(ids('Calm music helps me fall asleep.')).toEqual(['music']);
  });

  it('does not read the timing "post workout" as a workout', () => {
    expect(ids('I take BCAA post workout for soreness.')).toEqual(['bcaa']);
  });
});
