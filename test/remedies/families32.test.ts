import { describe, expect, it } from 'vitest';
import { goldIdReader } from '../../pipeline/eval/gold-ids.ts';
import { builtin, ids, under } from './helpers.ts';

describe('lexicon pass 31: oils, sweet drinks and sugar', () => {
  it('reads extra light olive oil (ELOO) as olive oil, not as the Shangri-La Diet itself', () => {
    expect(ids('He picks ELOO because it has almost no flavor.')).toEqual(['olive-oil']);
    expect(ids('I take a tablespoon of extra light olive oil between meals.')).toEqual(['olive-oil']);
    expect(ids('I lost 15 lbs on the Shangri-La Diet.')).toEqual(['shangri-la-diet']);
  });
});

describe('lexicon pass 31: eating plans and sweeteners', () => {
  it('reads quitting a sugar or a fructose by its chemical name (sucrose, fructose) as a low-sugar diet', () => {
    expect(ids('Be careful as you eliminate sucrose and fructose.')).toEqual(['sugar-free']);
    expect(ids('I cut out fructose last year.')).toEqual(['sugar-free']);
    expect(ids('Sucrose is half fructose.')).toEqual([]);
  });

  it('reads quitting Coke Zero, Pepsi Max or Coke Light by its full name as diet soda, not as quitting coke', () => {
    expect(ids('I quit drinking Coke Zero about the time I was getting lean.')).toEqual(['diet-soda']);
    expect(ids('I quit drinking Pepsi Max last year.')).toEqual(['diet-soda']);
    expect(ids('I quit drinking coke last year.')).toEqual(['decaf']);
    expect(under('diet-soda', 'artificial-sweeteners')).toBe(true);
  });

  it('reads cheat days and cheat meals as a new entry, but not a cheat day named as the time of something else', () => {
    expect(ids('It may be better if the dieter adds 1-2 cheat days per week.')).toEqual(['cheat-days']);
    expect(ids('I allow myself one cheat meal on Saturdays.')).toEqual(['cheat-days']);
    expect(ids('Love your comment about drinking soybean oil on your cheat day.')).toEqual([]);
    expect(under('cheat-days', 'diet')).toBe(true);
  });
});

describe('lexicon pass 31: lifts and training methods', () => {
  it('names the power clean in the plural among the cleans, so that a reader\'s `power-cleans` names that entry', () => {
    expect(goldIdReader(builtin).resolve('power-cleans')).toBe('cleans');
    expect(ids('My training entailed power cleans and deadlifts.')).toEqual(['cleans', 'deadlifts']);
    expect(ids('I did a power wash of the deck and a clean of the gutters.')).toEqual([]);
    expect(under('cleans', 'olympic-weightlifting')).toBe(true);
  });

  it('reads training for velocity (velocity-based training) as power training', () => {
    expect(ids('I train for velocity these days.')).toEqual(['power-training']);
    expect(ids('Velocity-based training changed my squat.')).toContain('power-training');
    expect(ids('The velocity of the car was too high.')).toEqual([]);
  });
});
