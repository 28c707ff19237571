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

describe('lexicon pass 30: diets and eating habits', () => {
  it('reads calorie cycling and a zig-zag or cyclic approach as a new entry, with carb cycling under it', () => {
    expect(ids('A zig zag or cyclic approach seems to be more effective.')).toContain('calorie-cycling');
    expect(ids('I still like the cyclical approach to carbs.')).toContain('calorie-cycling');
    expect(ids('I tried calorie cycling for a month and lost weight.')).toContain('calorie-cycling');
    expect(ids('A linear approach only works for so long.')).toEqual([]);
    expect(under('carb-cycling', 'calorie-cycling')).toBe(true);
    expect(under('calorie-cycling', 'diet')).toBe(true);
  });

  it('reads The 2-Day Diet as written as a new entry under intermittent fasting', () => {
    expect(ids("I'd also suggest checking out The 2-Day Diet.")).toContain('two-day-diet');
    expect(ids('It was a two day diet of soup before the surgery.')).not.toContain('two-day-diet');
    expect(under('two-day-diet', 'intermittent-fasting')).toBe(true);
  });

  it('reads eating to hunger and stopping dieting as intuitive eating, a new entry', () => {
    expect(ids('The best way to lose weight is to stop dieting and eat to hunger.')).toContain('intuitive-eating');
    expect(ids('I practise intuitive eating now.')).toContain('intuitive-eating');
    expect(ids('I was hungry after the meeting.')).not.toContain('intuitive-eating');
  });

  it('reads abstaining from meat as a vegetarian diet', () => {
    expect(ids('So my plan is to abstain from eating meat for most of the time.')).toContain('vegetarian-diet');
    expect(ids('I abstain from voting.')).toEqual([]);
  });
});

describe('lexicon pass 30: habits named in a list', () => {
  it('reads drinking in moderation as a new entry under alcohol', () => {
    expect(ids('Healthy habits: getting exercise, not smoking, and drinking in moderation.')).toContain('moderate-drinking');
    expect(ids('I was drinking a lot at parties back then.')).not.toContain('moderate-drinking');
    expect(under('moderate-drinking', 'alcohol')).toBe(true);
  });

  it('reads not smoking and stopping smoking as quitting smoking', () => {
    expect(ids('Healthy habits: eating well, getting exercise, not smoking.')).toContain('quit-smoking');
    expect(ids('Stopping smoking was the hardest thing I did.')).toContain('quit-smoking');
    expect(ids('He is smoking a brisket.')).toEqual([]);
  });
});

describe('lexicon pass 30: ordinary English kept out', () => {
  it('reads bundling up as dressing for the weather unless health is spoken of', () => {
    expect(ids('I am curious if you plan something like this out or just bundle up and go where your boots take you.')).toEqual([]);
    expect(ids('I bundle up in winter and my Raynaud\'s symptoms are much better.')).toContain('warm-clothing');
  });

  it('reads a walk to the mailbox, the bathroom or the car as moving about, not walking for exercise', () => {
    expect(ids("The mission is to train the rest of us who just want to 'walk to the mailbox on the day we die'.")).toEqual([]);
    expect(ids('After the surgery I could walk to the bathroom on my own.')).not.toContain('walking');
    expect(ids('I walk to the park every morning for my health.')).toContain('walking');
  });

  it('reads the stretch and strain on a joint as load, not stretching', () => {
    expect(ids('Going to the chest vastly increases the stretch and strain around the shoulder joint.')).not.toContain('stretching');
    expect(ids('I stretch every morning and my back feels better.')).toContain('stretching');
  });

  it('reads high or low carb compared to someone as a comparison, not a diet', () => {
    expect(ids('High carb compared to an eskimo.')).not.toContain('high-carb-diet');
    expect(ids('Low carb compared to the average American, anyway.')).not.toContain('low-carb-diet');
    expect(ids('A high carb diet gave me more energy.')).toContain('high-carb-diet');
  });

  it('reads intensity or volume cycling as a training variable, not the sport', () => {
    expect(ids('Consider the long term anabolic effects of intensity cycling.')).not.toContain('cycling');
    expect(ids('Volume cycling never worked for me.')).not.toContain('cycling');
    expect(ids('Cycling to work helped my knees.')).toContain('cycling');
  });

  it('reads cycling as a strategy of alternating phases, not the sport, where its sentence names an idea or it takes an object', () => {
    expect(ids('@any - I think cycling is a good approach.')).not.toContain('cycling');
    expect(ids("I've always been puzzled by the rationale behind cycling.")).not.toContain('cycling');
    expect(ids("The rationality of cycling anything is that we accept that we don't know the true answer.")).not.toContain('cycling');
    expect(ids('Very intrigued by the thoughts on cycling.')).not.toContain('cycling');
    expect(ids("I'll try cycling first, since my knee hates running.")).toContain('cycling');
    expect(ids('Lots of easy 40 minute cycling to work each way helped my endurance.')).toContain('cycling');
  });
});

describe('lexicon pass 30: seed oils by name, and an investing barbell', () => {
  it('reads staying away from or avoiding soybean, canola or corn oil as seed-oil free', () => {
    expect(ids('Best of luck, stay away from soybean oils!')).toContain('seed-oil-free');
    expect(ids('I avoid canola oil and my skin cleared.')).toContain('seed-oil-free');
    expect(ids('Stay away from the edge of the cliff.')).toEqual([]);
  });

  it("reads Taleb's barbell method as investing, not lifting", () => {
    expect(ids('You mentioning that actually reminds me a bit of the "barbell method".')).not.toContain('strength-training');
    expect(ids('Barbell training fixed my back.')).toContain('strength-training');
  });
});
