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

describe('lexicon pass 31: ordinary senses kept out', () => {
  it('reads "they are (not) paleo" as a verdict on foods or things, not the diet followed', () => {
    expect(ids('Stay away from those exercises. They are not Paleo.')).toEqual([]);
    expect(ids("That's paleo!")).toEqual([]);
    expect(ids("I'm paleo now and my knees feel better.")).toEqual(['paleo-diet']);
  });

  it('reads doing something without (need for) rest as no rest taken', () => {
    expect(ids('I was able to do this without need for rest.')).toEqual([]);
    expect(ids('I carried it up the hill without rest.')).toEqual([]);
    expect(ids('A week of rest healed my shoulder.')).toEqual(['rest']);
  });

  it('reads walking or running pain free as an outcome wished for, not walking as a remedy', () => {
    expect(ids('I would like to walk pain free until I die.')).toEqual([]);
    expect(ids('I can finally run pain-free again.')).toEqual([]);
    expect(ids('I walk every morning and my back pain is gone.')).toEqual(['walking']);
  });

  it('reads singing the blues as the idiom, not singing', () => {
    expect(ids("Sat fat can't sing the blues.")).toEqual([]);
    expect(ids('Singing in a choir lifted my depression.')).toContain('singing');
  });

  it('reads fat-soluble (or water-soluble) vitamins as a class of nutrients, not supplements taken', () => {
    expect(ids('So all of these rationales about fat soluble vitamins do not play out.')).toEqual([]);
    expect(ids('Most of the time I get my fat-soluble vitamins from full-fat dairy.')).not.toContain('supplements');
    expect(ids('I started taking vitamins and my cold went away.')).toEqual(['supplements']);
  });

  it('reads a remedy word before "equivalent" as a comparison drawn, not the remedy', () => {
    expect(ids('The drug equivalent would be putting away the crack pipe and pulling out the mirror.')).not.toContain('medication');
    expect(ids('The doctor gave me a drug for the pain and it helped.')).toContain('medication');
  });
});

describe('lexicon pass 31: the food guard', () => {
  it('reads weight loss and fat loss as health talk for a plain food word in or next to the sentence', () => {
    expect(ids('I think having ice cream once a week is actually accelerating my weight loss.')).toEqual(['ice-cream']);
    expect(ids('I had always considered my black coffee to be neutral on my fat loss efforts.')).toEqual(['caffeine']);
    expect(ids('We had ice cream with the kids after the movie.')).toEqual([]);
    expect(ids('I drink black coffee at my desk.')).toEqual([]);
  });
});

describe('lexicon pass 31: work given to clients', () => {
  it("reads a therapy named beside the writer's training or treating of clients as their work, not a remedy", () => {
    expect(ids('I can feel it in my PT sessions before training a Client.')).toEqual([]);
    expect(ids('My massage work is hard on my hands when I treat clients all day.')).toEqual([]);
    expect(ids('My PT sessions fixed my knee.')).toEqual(['physical-therapy']);
  });
});

describe('lexicon pass 31: the taxonomy', () => {
  it('puts oatmeal and oats under whole grains, since oats are one', () => {
    expect(under('oatmeal', 'whole-grains')).toBe(true);
    expect(ids('Oatmeal every morning helped my digestion.')).toEqual(['oatmeal']);
    expect(under('whole-grains', 'oatmeal')).toBe(false);
  });
});

describe('lexicon pass 31: goals', () => {
  it('reads a goal as reported only by an outcome cue in its own clause, not one past "but"', () => {
    expect(ids("I don't follow it any more since weight loss isn't an issue anymore, but I think it works really well.")).not.toContain('weight-loss');
    expect(ids('Losing weight fixed my knees.')).toContain('weight-loss');
  });
});

describe('lexicon pass 31: lists in brackets', () => {
  it('reads a bracketed list of three or more names as a list of remedies, not as a title', () => {
    expect(ids('It is a common recommendation across many divergent nutritional camps (Paleo, WAPF, PHD, Peat).')).toEqual(
      expect.arrayContaining(['paleo-diet', 'traditional-foods']),
    );
    expect(ids('I loved the book (Paleo Diet Cookbook for Busy People).')).toEqual([]);
  });
});

describe('lexicon pass 31: fats raised and lowered', () => {
  it('reads upping the fat as a high-fat diet, upping the sat fat as saturated fat, and lowering the PUFA as low-PUFA', () => {
    expect(ids('He will outlive those that have upped the fat.')).toEqual(['high-fat-diet']);
    expect(ids('It is upping the sat fat and lowering the PUFA.')).toEqual(['saturated-fat', 'low-pufa-diet']);
    expect(ids('They upped the price and lowered the quality.')).toEqual([]);
  });
});

describe('lexicon pass 31: pull-up styles', () => {
  it('reads kipping alone as the kipping pull-up', () => {
    expect(ids('I think kipping as an exercise is a rather silly concept.')).toEqual(['pull-ups']);
    expect(ids('I think skipping breakfast is a rather silly concept.')).not.toContain('pull-ups');
  });
});
