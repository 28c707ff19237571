import { describe, expect, it } from 'vitest';
import { ids, under } from './helpers.ts';

describe('lexicon pass 30: lifts, training methods and devices', () => {
  it('reads the bench press, a bencher and benching as the verb as the bench press, under powerlifting', () => {
    expect(ids('For us tall lifters that still bench, mind sharing the article on elbow position')).toContain('bench-press');
    expect(ids('I enjoyed this as a fellow non-bencher.')).toContain('bench-press');
    expect(ids('When I bench frequently, I had a slight rounding.')).toContain('bench-press');
    expect(ids('We sat on a park bench and talked.')).toEqual([]);
    expect(under('bench-press', 'powerlifting')).toBe(true);
  });

  it('reads weight train as a verb as strength training', () => {
    expect(ids('I did weight train as a teenager and young adult.')).toContain('strength-training');
    expect(ids('I took the train to work.')).toEqual([]);
  });

  it("reads Congruent Exercise (Bill DeSimone's book and method) as a new entry under strength training", () => {
    expect(ids('I used to squat, then I discovered Congruent Exercise and Bill DeSimone.')).toContain('congruent-exercise');
    expect(ids('These views are not congruent with other experts.')).toEqual([]);
    expect(under('congruent-exercise', 'strength-training')).toBe(true);
  });

  it("reads Clarence Bass's encore principle as training short of failure", () => {
    expect(ids('I finish each workout using what Clarence Bass describes as the encore principle.')).toContain('submaximal-training');
    expect(ids('The band played an encore.')).toEqual([]);
  });

  it('reads cardio HIIT as HIIT alone, not cardio besides', () => {
    expect(ids('I stop just before the end on the cardio HIIT.')).toEqual(['hiit']);
    expect(ids('I do cardio three times a week.')).toContain('cardio');
  });

  it('reads a squat pad (the Manta Ray) as a new device entry', () => {
    expect(ids('Have you ever seen this plastic apparatus called the "manta ray?" I tried it and it helped.')).toContain('squat-pad');
    expect(ids('A squat pad made the bar bearable on my neck.')).toContain('squat-pad');
    expect(ids('I tried it and it helped.')).toEqual([]);
  });
});
