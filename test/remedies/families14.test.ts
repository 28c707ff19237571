import { describe, expect, it } from 'vitest';
import { ids } from './helpers.ts';

describe('lexicon14: avoidance, donation and cold phrasings, health words for plain drinks', () => {
  it('reads gluten left out, in the ways people say it', () => {
    expect(ids('Of all the 30 day tests I have done, removing gluten was the most beneficial.')).toEqual(['gluten-free']);
    expect(ids('I lost 6 kg just by leaving out gluten.')).toEqual(['gluten-free']);
    expect(ids('I thought you did not eat gluten?')).toEqual(['gluten-free']);
    expect(ids('I decided to try and go glutenfree.')).toEqual(['gluten-free']);
    expect(ids('Gluten is a protein found in wheat.')).toEqual([]);
  });

  it('reads a bare donate as blood donation only where health is spoken of', () => {
    expect(ids('I donated. Then had to abort a 5-day fast, because I was too cold.')).toEqual(['blood-donation', 'extended-fasting']);
    expect(ids('I keep my ferritin under 50, donating every time I get near it.')).toContain('blood-donation');
    expect(ids('We made a donation to the food bank.')).toEqual([]);
    expect(ids('Organ donation saves lives.')).not.toContain('blood-donation');
  });

  it('reads deliberate cold as cold exposure', () => {
    expect(ids('Sunshine and cold hormesis.')).toContain('cold-exposure');
    expect(ids('Why not just do walks with less clothing on?')).toContain('cold-exposure');
    expect(ids('I have no interest in all of this cold on purpose stuff.')).toContain('cold-exposure');
    expect(ids('It was a cold day.')).toEqual([]);
  });

  it('counts blood pressure, irritability and ferritin as health talk around coffee', () => {
    expect(ids('I like my coffee, but my blood pressure runs high if I drink it all day.')).toEqual(['caffeine']);
    expect(ids('Coffee never made me irritable.')).toEqual(['caffeine']);
    expect(ids('Their coffee tasted burnt and the pressure in the room was high.')).toEqual([]);
  });
});

describe('lexicon14: senses of rest and running that name no remedy', () => {
  it('leaves out a pause timed in seconds or minutes, and keeps rest for days', () => {
    expect(ids('They sprint for 10-15 seconds, then rest for 2-3 minutes.')).toEqual(['sprints']);
    expect(ids('Between 2 and 3 minutes of rest, depending on the sprint.')).toEqual(['sprints']);
    expect(ids('Rest for 3 days helped my back.')).toEqual(['rest']);
  });

  it('leaves out running something, and keeps running a race, miles or a while', () => {
    expect(ids("A market maker who's running a net neutral book could fail too.")).toEqual([]);
    expect(ids('I started running a few miles every morning and my mood improved.')).toEqual(['running']);
    expect(ids('Running a 5k every week helped me lose weight.')).toContain('running');
    expect(ids('I flirted with running a few years ago.')).toEqual(['running']);
  });
});

describe('lexicon14: idioms that hold a remedy word', () => {
  it('reads no remedy in sugar highs and cravings, stretching the truth, or the Sun Salutation', () => {
    expect(ids('If you eat complex carbs, there are no sugar highs.')).toEqual([]);
    expect(ids('Starches give you carbs, which helps eliminate sugar cravings.')).toEqual([]);
    expect(ids('Possibly stretching the truth a bit, but it makes a point.')).toEqual([]);
    expect(ids('This routine is pretty much the Sun Salutation of Yoga.')).not.toContain('sun-exposure');
    expect(ids('I cut out sugar and my skin cleared.')).toEqual(['sugar-free']);
  });
});

describe('lexicon14: archive checks', () => {
  it('keeps running a heck of a lot less, and reads no donation in a tour that accepts donations', () => {
    expect(ids("Now that I'm 57, walking a lot more and running a heck of a lot less, my knees feel fine.")).toContain('running');
    expect(ids('Free tours (donations accepted) explore the city, good for your health.')).not.toContain('blood-donation');
  });
});
