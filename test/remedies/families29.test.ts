import { describe, expect, it } from 'vitest';
import { ids, under } from './helpers.ts';

describe('lexicon pass 28: devices, hygiene and Potatoes & Protein written other ways', () => {
  it('reads a quoted "vertical" mouse as the vertical mouse', () => {
    expect(ids('Michael- have you ever looked into "vertical" mice?')).toContain('vertical-mouse');
    expect(ids('The vertical mouse fixed my forearm pain.')).toContain('vertical-mouse');
  });

  it('reads Breath Right strips (misspelt) as nasal strips', () => {
    expect(ids("I'll also get the mouth tape, the breath right strips, and pick up that zinc spray.")).toContain('nasal-strips');
  });

  it('reads an inclined bed or a raised head of the bed as a sleep position', () => {
    expect(ids("I've also been sleeping in an inclined bed and it has improved my breathing.")).toContain('sleep-position');
    expect(ids('I raised the head of my bed and my reflux is gone.')).toContain('sleep-position');
  });

  it('reads washing my, our or their hands as hand washing', () => {
    expect(ids('The other change was washing my hands every time I return home.')).toContain('hand-washing');
    expect(ids('We wash our hands more often in winter.')).toContain('hand-washing');
  });

  it('reads potatoes + protein (either order) as Potatoes & Protein', () => {
    expect(ids('I would also love to hear about protein + potatoes.')).toContain('potatoes-and-protein');
    expect(ids("I'm adding a vote to hear about potatoes + protein!")).toContain('potatoes-and-protein');
    expect(under('potatoes-and-protein', 'potato-diet')).toBe(true);
  });
});

describe('lexicon pass 28: training methods named often', () => {
  it('reads stopping short of failure as submaximal training, not training to failure', () => {
    expect(ids('I usually do one work set per exercise, and I stop several reps shy of failure.')).toContain('submaximal-training');
    expect(ids('My gym is too warm, so I avoid going to failure.')).toEqual(expect.not.arrayContaining(['training-to-failure']));
    expect(ids('My gym is too warm, so I avoid going to failure.')).toContain('submaximal-training');
    expect(ids('Personally, I never lift to failure.')).toContain('submaximal-training');
    expect(ids('I go to failure on every set.')).toContain('training-to-failure');
    expect(ids('Some people could not go to failure on crunches.')).not.toContain('submaximal-training');
    expect(under('submaximal-training', 'strength-training')).toBe(true);
  });

  it('reads low-rep training as a new entry under strength training', () => {
    expect(ids('Using such low rep ranges also helps to maintain form.')).toContain('low-rep-training');
    expect(ids('I believe in low-rep training more than ever.')).toContain('low-rep-training');
    expect(ids('Studies compared high and low reps in trained men.')).not.toContain('low-rep-training');
    expect(under('low-rep-training', 'strength-training')).toBe(true);
  });

  it('reads progressive overload as strength training', () => {
    expect(ids('Follow the rule of progressive overload - it works!')).toContain('strength-training');
  });
});

describe('lexicon pass 28: analogies, sunburn and rendering fat', () => {
  it('reads a remedy named before analogy or metaphor as a comparison drawn, not a practice', () => {
    expect(ids('I like your tanning bed analogy.')).toEqual([]);
    expect(ids('The fasting metaphor works for training too.')).toEqual([]);
    expect(ids('I use a tanning bed in winter for my mood.')).toContain('sunlight-morning');
  });

  it('reads a sun burn as harm, not sun exposure', () => {
    expect(ids("Muscle soreness is perhaps similar to a sun burn in that it's a message from your body that you overdid it.")).toEqual([]);
    expect(ids('Getting some sun every day helped my mood.')).toContain('sun-exposure');
  });

  it('reads fat rendered in a crock pot as kitchen work', () => {
    expect(ids("And thanks, I've rendered lard before, but I wanted to try the crock pot.")).toEqual([]);
    expect(ids('I render my own lard and it helped my dry skin.')).toContain('animal-fats');
  });
});

describe('lexicon pass 28: carbohydrates lowered or taken back', () => {
  it('reads lowering or reducing the carbs as the low-carb diet', () => {
    expect(ids('Like we would all become NFL linebackers if we just lower the carbs.')).toContain('low-carb-diet');
    expect(ids('We both lowered the carbs and we both lost weight.')).toContain('low-carb-diet');
    expect(ids('Get off that cycle by reducing your carbs.')).toContain('low-carb-diet');
  });

  it('reads going back to carbs (done) as the high-carb diet, not a wish', () => {
    expect(ids('After about a year she went back to carbs.')).toContain('high-carb-diet');
    expect(ids('How do I get that healthy face look without going back to carbs?')).not.toContain('high-carb-diet');
  });
});
