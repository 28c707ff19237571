import { describe, expect, it } from 'vitest';
import { ids, under } from './helpers.ts';

describe('dental care by its tools', () => {
  it('reads brushing, toothpaste, hydroxyapatite and chewing gum under oral hygiene', () => {
    expect(ids('I am a consistent twice per day tooth brusher and it keeps my teeth healthy.')).toContain('tooth-brushing');
    expect(ids("I've cycled through various fluoride-free toothpastes over the years.")).toContain('toothpaste');
    expect(ids('This hydroxyapatite toothpaste is for remineralization.')).toContain('hydroxyapatite');
    expect(ids('I wonder if chewing gum would help your dental health.')).toContain('chewing-gum');
    for (const id of ['tooth-brushing', 'toothpaste', 'chewing-gum']) expect(under(id, 'oral-hygiene')).toBe(true);
  });

  it('does not read brushing teeth named as a simile for a habit', () => {
    expect(ids('Do it every morning, like brushing your teeth.')).not.toContain('tooth-brushing');
  });
});

describe('nuts, potatoes and sugar at their own grain', () => {
  it('reads single nuts as nuts, a kind of nuts and seeds', () => {
    expect(ids('Walnuts helped my cholesterol.')).toEqual(['nuts']);
    expect(under('nuts', 'nuts-and-seeds')).toBe(true);
  });

  it('puts the potato diet under potatoes eaten for an effect', () => {
    expect(ids('Eating potatoes every day helped me lose weight.')).toContain('potatoes');
    expect(under('potato-diet', 'potatoes')).toBe(true);
  });

  it('reads sugar eaten for an effect, not blood sugar or the sleep-dust mix', () => {
    expect(ids('Increasing sugar intake restored my appetite and warmed me up.')).toContain('sugar');
    expect(ids('My blood sugar levels were fine after the test.')).not.toContain('sugar');
  });
});

describe('training programmes and lifts at the grain annotators use', () => {
  it('reads Quick and Dead spelt without its article as the Pavel programme', () => {
    expect(ids('I started the Quick and Dead program with kettlebell swings last month.')).toContain('quick-and-the-dead');
  });

  it('reads chin-ups as their own lift under pull-ups', () => {
    expect(ids('In order for me to do 20 chin-ups, I need to train a lot.')).toEqual(['chin-ups']);
    expect(under('chin-ups', 'pull-ups')).toBe(true);
  });

  it('reads aerobic work as cardio', () => {
    expect(ids('His explanation of the benefits of aerobic work is intriguing.')).toEqual(['cardio']);
  });
});

describe('hormones and their blockers', () => {
  it('puts testosterone replacement under testosterone, and names aromatase inhibitors and calcium D-glucarate', () => {
    expect(under('testosterone-replacement', 'testosterone')).toBe(true);
    expect(ids('I replaced Arimidex years ago with calcium D glucarate.')).toEqual(['anastrozole', 'calcium-d-glucarate']);
    expect(under('anastrozole', 'aromatase-inhibitors')).toBe(true);
  });

  it('reads Armour spelt without its u as desiccated thyroid', () => {
    expect(ids('My doctor put me on Amour for my thyroid.')).toContain('desiccated-thyroid');
  });
});

describe('practices named by verb', () => {
  it('reads drinking less at night as fluid restriction, not giving up alcohol', () => {
    expect(ids('I advised him to drink less at night and it helped with night waking.')).toEqual(['fluid-restriction']);
  });

  it('reads cutting out stress and cutting PUFA as practices', () => {
    expect(ids('Initially I tried to cut out all stress.')).toContain('stress-reduction');
    expect(ids('I recently drastically cut my PUFA with a similar approach.')).toContain('low-pufa-diet');
  });
});

describe('nutrients named by a deficiency or an abbreviation', () => {
  it('reads a deficiency as the nutrient, and mag as magnesium', () => {
    expect(ids('The claim is that magnesium deficiency is often the smoking gun for migraine.')).toEqual(['magnesium']);
    expect(ids('Stressors tend to deplete mag and trigger headaches.')).toContain('magnesium');
  });

  it('reads racket sports as tennis', () => {
    expect(ids('People who played racket sports lived longer than runners.')).toContain('tennis');
  });
});

describe('senses that are not remedies', () => {
  it('does not read military bootcamp, a step up or a promoter alone as remedies', () => {
    expect(ids('They told me I could only have a bible in Navy bootcamp.')).toEqual([]);
    expect(ids('It was a step up from the junk he ate before, and his health improved.')).not.toContain('lunges');
    expect(ids('Dr Valter Longo did discuss PKA on page 57.')).toEqual([]);
  });

  it('reads grass-fed dairy as dairy, not as grass-fed meat', () => {
    expect(ids('Jack up the full fat grass fed dairy to heal the cavity.')).not.toContain('grass-fed-beef');
  });

  it('does not read amino acids named as nutrition chemistry', () => {
    expect(ids('Dietary protein is mixed in the intestines to make all necessary amino acids for muscle growth.')).toEqual([]);
    expect(ids('Certain essential amino acids can be the limiting factor.')).toEqual([]);
    expect(ids('I take amino acids before bed for my mood.')).toContain('amino-acids');
  });

  it('does not read the Blue Zones, a place, as a diet', () => {
    expect(ids("Look at the world's blue zones.")).toEqual([]);
  });

  it('does not read a prescription for exercise or for the masses as medication', () => {
    expect(ids('He sells an exercise prescription to ordinary folks.')).not.toContain('medication');
    expect(ids('General prescriptions for the masses never turn out great.')).not.toContain('medication');
  });

  it('does not read long stretches of time, or a plan working out, as movement', () => {
    expect(ids('There will be long stretches of once a week training.')).not.toContain('stretching');
    expect(ids("I've settled into a routine that is working out quite well.")).not.toContain('exercise');
  });

  it('does not read a bicycle ergometer test as cycling or rowing', () => {
    expect(ids('It improved performance on a bicycle ergometer.')).toEqual([]);
  });

  it('does not read a name inside a parenthesised title as the remedy', () => {
    expect(ids("I am reading a book called The Antidote (Happiness for People Who Can't Stand Positive Thinking).")).toEqual([]);
    expect(ids('He prescribed Fexofenadine (Telfast) and Acetylcysteine (Fluimucil).')).toContain('acetylcysteine');
  });
});
