import { describe, expect, it } from 'vitest';
import { ancestorsOf } from '../../src/remedies/lexicon.ts';
import { builtin, ids } from './helpers.ts';

describe('herb families', () => {
  it('names gut-soothing herbs each by its own id, not a neighbour', () => {
    expect(ids('I took marshmallow root and slippery elm before meals.')).toEqual(['marshmallow-root', 'slippery-elm']);
  });

  it('reads peppermint oil capsules as peppermint oil, not eucalyptus', () => {
    expect(ids('One peppermint oil capsule a day settled my IBS.')).toEqual(['peppermint-oil']);
  });

  it('places a calming herb under the adaptogens and herbal medicine', () => {
    expect(ids('Lemon balm tea at night helps me sleep.')).toEqual(['lemon-balm']);
    expect(ancestorsOf(builtin, 'lemon-balm')).toEqual(['herbal-adaptogens', 'herbal-medicine', 'supplements']);
  });

  it('counts a plain dandelion only where health is spoken of', () => {
    expect(ids('The lawn is full of dandelions.')).toEqual([]);
    expect(ids('Dandelion before meals improved my digestion.')).toEqual(['dandelion']);
  });
});

describe('posture and mobility methods and gear', () => {
  it('finds shoulder hangs as dead hangs, under traction', () => {
    expect(ids('Shoulder hangs helped my posture the most.')).toEqual(['dead-hangs']);
    expect(ancestorsOf(builtin, 'dead-hangs')[0]).toBe('traction');
  });

  it('finds yoga blocks as a prop under yoga, not bare yoga', () => {
    expect(ids('I do push-ups on yoga blocks.')).toEqual(['push-ups', 'yoga-blocks']);
  });

  it('finds named posture systems under posture correction', () => {
    expect(ids('Have you looked into PRI? Functional Patterns fixed my scoliosis.')).toEqual(['postural-restoration', 'functional-patterns']);
    expect(ancestorsOf(builtin, 'functional-patterns')[0]).toBe('posture-correction');
  });
});

describe('named training methods', () => {
  it('finds Body by Science under HIT, and an ordinary "went super slow" as nothing', () => {
    expect(ids('I start with the Big 5 workout from Body By Science.')).toEqual(['body-by-science', 'body-by-science']);
    expect(ancestorsOf(builtin, 'body-by-science')[0]).toBe('hit');
    expect(ids('I was in pain, so I went super slow.')).toEqual([]);
  });

  it('finds hill work under sprints', () => {
    expect(ids('Zero hill work, zero sprints.')).toEqual(['hill-training', 'sprints']);
  });
});

describe("the annotators' vocabulary", () => {
  it('finds coffee switches under caffeine', () => {
    expect(ids('Cold brew coffee has less acid, so my stomach is fine.')).toEqual(['cold-brew-coffee']);
    expect(ancestorsOf(builtin, 'low-acid-coffee')).toEqual(['caffeine']);
  });

  it('finds sleep-time practices', () => {
    expect(ids('Bed is for sleep and sex only.')).toEqual(['stimulus-control']);
    expect(ids('No screens after 8pm for my insomnia.')).toEqual(['screen-curfew']);
    expect(ids('I fall asleep listening to boring podcasts.')).toEqual(['podcasts']);
  });

  it('finds bean preparation under soaking', () => {
    // A pressure cooker is a cooking tool unless its sentence speaks of health (no labelled set requires it).
    expect(ids('I soak beans overnight and use a pressure cooker.')).toEqual(['soaking-legumes']);
  });

  it('does not read bare alcohol, mostly a cause, as a remedy', () => {
    expect(ids('Alcohol gives me a headache.')).toEqual([]);
  });
});

describe('plain breathing and sun', () => {
  it('reads breathing practised for an effect, not breathing as a symptom', () => {
    expect(ids('Meditation and a breathing routine calm my anxiety.')).toEqual(['meditation', 'breathing']);
    expect(ids('I have trouble breathing at night and my sleep is bad.')).toEqual([]);
  });

  it('reads time in the sun as sun exposure', () => {
    expect(ids('I get a bit of sun every few days and no colds since.')).toEqual(['sun-exposure']);
  });
});
