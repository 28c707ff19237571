import { describe, expect, it } from 'vitest';
import { ids, under } from './helpers.ts';

describe('lexicon pass 21: phrasings, spellings and new entries', () => {
  it('reads the spelling caffein, rope skipping, Oly lifts and RS', () => {
    expect(ids('Have you ever tried to replace caffein with carbs for energy?')).toContain('caffeine');
    expect(ids("I've been rope skipping in the morning to wake up.")).toContain('jump-rope');
    expect(ids('You can rock on with your high volume Oly lift sets.')).toContain('olympic-weightlifting');
    expect(ids('Oly lifting looks really cool.')).toContain('olympic-weightlifting');
    expect(ids('A potato hack has the added benefits of all the RS.')).toContain('resistant-starch');
    expect(ids('The rs of the model was low.')).not.toContain('resistant-starch');
  });

  it('reads a fast of a number of days as an extended fast', () => {
    expect(ids('He did a 30 day fast while filming videos.')).toContain('extended-fasting');
    expect(ids('I recently finished an 11 day fast.')).toContain('extended-fasting');
  });

  it('reads tracking intake and MyFitnessPal as counting calories', () => {
    expect(ids('Track intake for a few days, then knock off 500 a day.')).toContain('calorie-counting');
    const mfp = ids('Something like myfitnesspal makes it easy to lose weight.');
    expect(mfp).toContain('calorie-counting');
    expect(mfp).not.toContain('weight-watchers');
  });

  it('reads avoiding sweet foods as low sugar, and adding sugar back as sugar', () => {
    expect(ids('Avoiding sweet foods is a more realistic choice.')).toContain('sugar-free');
    expect(ids('You might feel better if you add the sugar back.')).toContain('sugar');
    expect(ids('Adding more sugar messed up my appetite signals.')).toContain('sugar');
  });

  it('reads raising salt, but not a ferment\u2019s salt ratio', () => {
    expect(ids('How much are you increasing your salt?')).toContain('salt');
    expect(ids('One tip, increase salt and fluid intake during this period.')).toContain('salt');
    expect(ids('If your kimchi goes soft, increase your salt ratio.')).not.toContain('salt');
  });

  it('reads more time between workouts as rest, not as exercise', () => {
    const found = ids('If you still keep eating and nothing, then rest more. Longer time between workouts.');
    expect(found).toContain('rest');
    expect(found).not.toContain('exercise');
  });

  it('reads a barbell as strength training, not powerlifting', () => {
    const found = ids("I've been doing deadlifts for 6 months, at 65lbs with the barbell's 45lb.");
    expect(found).not.toContain('powerlifting');
    expect(ids('Barbell training made my back stronger.')).toContain('strength-training');
    expect(ids('I like the barbell strategy for my portfolio.')).toEqual([]);
  });

  it('has eating less meat as an entry under plant-based eating; a list of foods cut keeps its own reading', () => {
    expect(ids("I've greatly reduced meat this past year and feel a lot better.")).toContain('meat-reduction');
    expect(ids('I reduced my meat intake and feel better.')).toContain('meat-reduction');
    expect(under('meat-reduction', 'plant-based-diet')).toBe(true);
    const list = ids('I reduced meat and dairy.');
    expect(list).toContain('dairy-free');
    expect(list).not.toContain('meat-reduction');
    expect(ids('Earlier this year I reduced my meat and dairy intake as a test.')).toContain('dairy');
  });

  it('has carb loading as an entry under high-carb eating, no longer carb cycling', () => {
    const found = ids('I think a short, clean carb loading period right before competition helps.');
    expect(found).toContain('carb-loading');
    expect(found).not.toContain('carb-cycling');
    expect(ids('I used energy gels during the marathon.')).toContain('carb-loading');
    expect(under('carb-loading', 'high-carb-diet')).toBe(true);
  });
});

describe('lexicon pass 21: ordinary senses kept out', () => {
  it('keeps idioms and descriptions out: full steam, blocks of ice, water weight, sunrise, record lows, an opiate', () => {
    expect(ids('I start out easy for 30 sec and go full steam for a minute, and my sleepiness is gone.')).not.toContain('steam');
    expect(ids('I hate the feeling of feet encased in blocks of ice, how did you manage the pain?')).not.toContain('ice');
    expect(ids('The logic makes sense that this would be more water weight than anything.')).not.toContain('hydration');
    expect(ids('I also sleep less in the summer, the sun comes up so early.')).not.toContain('sun-exposure');
    expect(ids('US bond yields are running at a record low.')).not.toContain('running');
    expect(ids("Cow's milk contains beta casomorphin-7 which is an opiate.")).not.toContain('opioids');
  });

  it('keeps hoping out of prayer, and a hot tub area out of hot baths', () => {
    expect(ids('I was praying that nothing would break during the update.')).not.toContain('prayer');
    expect(ids("I begin to pray in my head that she doesn't get on the treadmill.")).not.toContain('prayer');
    expect(ids('I pray every night and it calms my anxiety.')).toContain('prayer');
    expect(ids('It looks like he also has a pool/hot tub area.')).not.toContain('hot-baths');
  });

  it('reads warming up in a bath as getting warm, and a fat burner person as no supplement', () => {
    expect(ids('I sometimes used hot baths to warm up before going to bed.')).not.toContain('warm-up');
    expect(ids('I do a short warm up before my workout.')).toContain('warm-up');
    expect(ids("But now im a primarily fat burner, so nothing to worry about.")).not.toContain('pre-workout');
    expect(ids('I took a fat burner before the gym and my heart raced.')).toContain('pre-workout');
  });

  it('reads less rest between sets as no rest', () => {
    expect(ids('If you lift heavy with less rest you can maintain endurance.')).not.toContain('rest');
  });

  it('reads LSD training as long slow distance cardio, not the drug', () => {
    const found = ids('The "chronic cardio"/LSD model of training is certainly not ideal for health.');
    expect(found).not.toContain('psychedelics');
    expect(found.some((id) => id === 'cardio' || under(id, 'cardio'))).toBe(true);
    expect(ids('Most of my running was LSD training at an easy pace.')).toContain('base-training');
    expect(ids('I tried LSD once for my depression.')).toContain('psychedelics');
  });
});

describe('lexicon pass 21: more phrasings and senses', () => {
  it('keeps running deficits and a manner of walking out', () => {
    expect(ids('Bond yields are at rock bottom while running massive deficits.')).not.toContain('running');
    expect(ids('He spends his time walking bow-legged around the gym.')).not.toContain('walking');
    expect(ids('I walk every day for my back pain.')).toContain('walking');
  });

  it('reads deleting PUFAs as low PUFA, topping up on carbs as carb loading, zone nutrition as the Zone diet', () => {
    expect(ids('You might feel better if you delete all PUFAs.')).toContain('low-pufa-diet');
    expect(ids('To run a fast race you will need to have topped up on carbohydrates.')).toContain('carb-loading');
    expect(ids('The coaches were preaching paleo/zone nutrition.')).toContain('zone-diet');
  });

  it('reads someone\u2019s lean gains as an outcome, Lean Gains as the method', () => {
    expect(ids('As for his lean gains being regained muscle, he was open about that.')).not.toContain('leangains');
    expect(ids("I've been doing the Lean Gains approach for about 3 weeks.")).toContain('leangains');
  });
});
