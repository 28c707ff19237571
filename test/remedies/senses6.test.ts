import { describe, expect, it } from 'vitest';
import { isInBodyPartList, isSymptomTrigger, isWorkplace, otherSenseOf } from '../../src/remedies/sense.ts';
import { ids } from './helpers.ts';

describe('plain words in a sentence about taste, cooking or money', () => {
  it('reads coffee praised for its taste or its culture as a drink, coffee taken for an effect as caffeine', () => {
    expect(ids('The roasted beans at that cafe made the best coffee in town.')).toEqual([]);
    expect(ids('Portland has a serious coffee culture and every barista has opinions.')).toEqual([]);
    expect(ids('Coffee tastes bitter to me, but it clears my headache.')).toEqual(['caffeine']);
  });

  it('is not lifted by a plan to try something', () => {
    expect(ids('My kitchen smells of burnt coffee, so I want to try another brand of beans.')).toEqual([]);
  });

  it('reads steam in cooking as cooking, and steam breathed for congestion as a remedy', () => {
    expect(ids('How long do you cook the carrots? Do you steam them?')).toEqual([]);
    expect(ids('When the timer beeps, release the steam and lift the lid.')).toEqual([]);
    expect(ids('Breathing steam over a bowl loosened the mucus.')).toEqual(['steam']);
  });

  it('reads stock as shares where money is spoken of', () => {
    expect(ids('She put half her savings into mining stocks and bonds.')).toEqual([]);
    expect(ids('Homemade chicken stock helped my cold.')).toEqual(['bone-broth']);
  });

  it('does not read the barbell strategy of investing as lifting', () => {
    expect(ids('The barbell strategy keeps most money safe and a little in bets.')).toEqual([]);
  });
});

describe('idioms and other senses', () => {
  it('does not read a diet of news as a diet, nor `less of a` as eating less', () => {
    expect(ids('Living on a diet of cable news made him anxious.')).not.toContain('diet');
    expect(ids('Music makes the drive less of a chore, and I eat less of a mess at lunch.')).not.toContain('caloric-restriction');
    expect(ids('I eat less and walk more.')).toContain('caloric-restriction');
  });

  it('reads a remedy word before a profession as the people who practise it', () => {
    expect(otherSenseOf(['a', 'rehab', 'doctor'], 1)).toBe('profession');
    expect(ids('Our yoga teacher quoted a rehab doctor about posture.')).not.toContain('physical-therapy');
    expect(ids('Three months of rehab fixed my shoulder.')).toEqual(['physical-therapy']);
  });

  it('reads a food word listed among body parts as the organ', () => {
    expect(isInBodyPartList(['skin', ',', 'liver', '/', 'stomach'], 2)).toBe(true);
    expect(isInBodyPartList(['eat', 'liver', ',', 'heart', 'and', 'tongue'], 1)).toBe(false);
    expect(ids('Turmeric is said to help the skin, liver/stomach and joints.')).toEqual(['turmeric']);
  });

  it('reads a gym named as a workplace as a workplace', () => {
    expect(isWorkplace(['the', 'gym', 'i', 'work', 'at'], [0, 4], 1)).toBe(true);
    expect(isWorkplace(['i', 'work', 'out', 'at', 'the', 'gym'], [0, 5], 5)).toBe(false);
    expect(ids('The gym I work at hands out protein bars to clients.')).not.toContain('exercise');
  });
});

describe('movements that provoke a symptom', () => {
  it('does not read a squat or a sprint that brings on pain as a remedy', () => {
    expect(ids('My hip twinges when I drop into a squat.')).not.toContain('squats');
    expect(ids('When I sprint my calf aches for days.')).not.toContain('sprints');
  });

  it('keeps a movement that eased the symptom or is advised for it', () => {
    expect(ids('My back hurts less when I walk every day.')).toEqual(['walking']);
    expect(ids('If your knee is sore, try swimming.')).toEqual(['swimming']);
    expect(ids('Squats cured my knee pain.')).toEqual(['squats']);
  });

  it('looks for the symptom before the trigger word or right after the movement', () => {
    const n = ['it', 'hurts', 'when', 'i', 'squat'];
    expect(isSymptomTrigger(n, [0, 4], 4, 4)).toBe(true);
    expect(isSymptomTrigger(['if', 'it', 'hurts', ',', 'try', 'squat'], [0, 5], 5, 5)).toBe(false);
  });
});

describe('steam breathed in, and symptoms close to a movement', () => {
  it('keeps a steam treatment and steaming water breathed in, not steamed vegetables', () => {
    expect(ids('A eucalyptus steam treatment opened my sinuses.')).toContain('steam');
    expect(ids('Lean over the steaming water and inhale for ten minutes.')).toEqual(['steam']);
    expect(ids('I was lightly steaming cabbage for dinner.')).toEqual([]);
  });

  it('does not count a symptom far from the movement', () => {
    expect(ids('If you enjoy cycling, learn to do it well and then stop worrying about hurting yourself.')).toEqual(['cycling']);
  });
});
