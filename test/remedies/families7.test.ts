import { describe, expect, it } from 'vitest';
import { ancestorsOf } from '../../src/remedies/lexicon.ts';
import { builtin, ids } from './helpers.ts';

const under = (id: string, parent: string) => ancestorsOf(builtin, id).includes(parent);

describe('caffeine sources', () => {
  it('reads green tea, other teas, yerba mate and guarana as kinds of caffeine', () => {
    expect(ids('A cup of green tea at 3 AM put me back to sleep.')).toEqual(['green-tea']);
    expect(ids('Oolong gives me a gentler lift than coffee, and it never hurt my sleep.')).toEqual(['tea', 'caffeine']);
    expect(ids("I'm replacing coffee with Yerba Mate for 30 days to see if my sleep improves.")).toEqual(['caffeine', 'yerba-mate']);
    expect(ids('Guarana kept me alert through the night shift.')).toEqual(['guarana']);
    for (const id of ['green-tea', 'tea', 'yerba-mate', 'guarana']) expect(under(id, 'caffeine')).toBe(true);
  });

  it('keeps caffeine-free herbal teas apart from caffeine, under herbal medicine', () => {
    expect(ids('Herbal teas in the evening help me relax.')).toEqual(['herbal-tea']);
    expect(under('herbal-tea', 'herbal-medicine')).toBe(true);
    expect(under('herbal-tea', 'caffeine')).toBe(false);
  });

  it('does not read a person named Maté as yerba mate', () => {
    expect(ids('Dr. Maté lists a few personality types that are at risk.')).toEqual([]);
  });
});

describe('the sleep environment', () => {
  it('reads a dark, screen-free, cool bedroom and a fixed wake time as sleep hygiene', () => {
    expect(ids('I fixed my sleeping environment: pure darkness, zero electronics.')).toEqual(['sleep-hygiene', 'sleep-hygiene', 'sleep-hygiene']);
    expect(ids('I sleep better in a cool room.')).toEqual(['sleep-hygiene']);
    expect(ids('Get up at the same time every day, even on weekends.')).toEqual(['sleep-hygiene']);
  });

  it('does not read a darkroom or a dark night as sleep hygiene', () => {
    expect(ids('The dark room at the photo lab smelled of fixer.')).toEqual([]);
    expect(ids('It was pitch black outside when I left the bar.')).toEqual([]);
  });

  it('puts blackout curtains under sleep hygiene and a fan for noise under white noise', () => {
    expect(under('blackout-curtains', 'sleep-hygiene')).toBe(true);
    expect(under('earplugs', 'sleep-hygiene')).toBe(true);
    expect(ids('I slept with a fan on and it helped.')).toEqual(['white-noise']);
  });
});

describe('standing', () => {
  it('gives standing more its own id under less sitting, with the standing desk under it', () => {
    expect(ids('Standing more during the day and an hour of walking improved my sleep.')).toEqual(['standing', 'walking']);
    expect(under('standing', 'posture-habits')).toBe(true);
    expect(under('standing-desk', 'standing')).toBe(true);
  });

  it('does not read a comparison as standing more', () => {
    expect(ids('My knee can handle standing more than an hour now.')).toEqual([]);
  });
});

describe('sounds to sleep by', () => {
  it('reads a rain or sleep track as white noise', () => {
    expect(ids('I put my headphones on and listen to a rain track to fall back asleep.')).toEqual(['white-noise']);
  });
});
