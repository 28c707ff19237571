import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.ts';
import { createNlp } from '../../src/nlp/wink.ts';
import { mergeLexicons, parseLexicon } from '../../src/remedies/lexicon.ts';
import { createRemedyMatcher } from '../../src/remedies/matcher.ts';
import { extractRemedies } from '../../src/remedies/extract.ts';
import { builtin, extract, ids } from './helpers.ts';

describe('synonyms', () => {
  it.each([
    ['I took Advil and Motrin.', ['ibuprofen', 'ibuprofen']],
    ['Tylenol or paracetamol?', ['acetaminophen', 'acetaminophen']],
    ['MSM, also called methylsulfonylmethane.', ['msm', 'msm']],
    ['My PT sent me to physio, then to another physical therapist.', ['physical-therapy', 'physical-therapy', 'physical-therapy']],
    ['A cortisone shot, then a steroid injection.', ['corticosteroid-injection', 'corticosteroid-injection']],
    ['Dr. Sarno calls it TMS; the mindbody view.', ['sarno-mindbody', 'sarno-mindbody', 'sarno-mindbody']],
  ])('finds %s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it.each([
    ['Ambien, then Lunesta and trazadone.', ['zolpidem', 'eszopiclone', 'trazodone']],
    ['Xanax and Klonopin did nothing; Ativan helped.', ['alprazolam', 'clonazepam', 'lorazepam']],
    ['I was on Zoloft, then Lexapro, then Cymbalta and Elavil.', ['sertraline', 'escitalopram', 'duloxetine', 'amitriptyline']],
    ['Lipitor, lisinopril, amlodipine and metoprolol.', ['atorvastatin', 'lisinopril', 'amlodipine', 'metoprolol']],
    ['Metformin and Ozempic, plus Synthroid and Armour thyroid.', ['metformin', 'semaglutide', 'levothyroxine', 'desiccated-thyroid']],
    ['Benadryl, Zyrtec, Prilosec and Pepcid.', ['diphenhydramine', 'cetirizine', 'omeprazole', 'famotidine']],
    ['Imitrex, Flexeril, Percocet and Vicodin.', ['sumatriptan', 'cyclobenzaprine', 'oxycodone', 'hydrocodone']],
    ['Lyrica, Ritalin, Adderall, TRT and Viagra.', ['pregabalin', 'methylphenidate', 'amphetamine', 'testosterone-replacement', 'sildenafil']],
    ['CBT-I with sleep restriction and stimulus control.', ['cbt-i', 'sleep-restriction', 'stimulus-control']],
    ['Yoga nidra, blue blockers, white noise, earplugs and an eye mask.', ['yoga-nidra', 'blue-light-glasses', 'white-noise', 'earplugs', 'eye-mask']],
  ])('finds a drug or sleep practice by its common names: %s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('counts a nap taken as a practice, not one drifted into', () => {
    expect(ids('I take a 20 minute nap every afternoon.')).toEqual(['napping']);
    expect(ids('The recording takes me into a nap.')).toEqual([]);
  });

  it('reads Tums only when capitalised, and not a piece of music', () => {
    expect(ids('Tums for reflux.')).toEqual(['antacids']);
    expect(ids('I ate some tums of soup while Moonlight Sonata played.')).toEqual([]);
  });

  it('matches plurals and any case', () => {
    expect(ids('KETTLEBELLS and a Foam Roller and ice packs')).toEqual(['kettlebells', 'foam-rolling', 'ice']);
  });

  it('needs the exact spelling of an ambiguous abbreviation', () => {
    expect(ids('I will pt it down')).toEqual([]);
  });
});

describe('lexicon conventions', () => {
  it('finds a vitamin whose letter carries the closing period', () => {
    expect(ids('I take fish oil and Vit D.')).toEqual(['fish-oil', 'vitamin-d']);
  });

  it('finds push ups written as two words', () => {
    expect(ids('I do 10 push ups.')).toEqual(['push-ups']);
  });

  it('does not count rest between sets', () => {
    expect(ids('Rest 1-2 mins in between sets, a full 2 minutes rest after.')).toEqual([]);
  });

  it('does not count a capitalised IF opening a conditional', () => {
    expect(ids('IF you are going to do it, go slow.')).toEqual([]);
  });

  it('still counts IF as intermittent fasting', () => {
    expect(ids('I tried IF and it helped.')).toEqual(['intermittent-fasting']);
  });

  it('counts a fast broken or timed as intermittent fasting', () => {
    expect(ids('I break my fast at noon after a 16 hour fast.')).toEqual(['intermittent-fasting', 'intermittent-fasting']);
  });

  it('does not count the liver as an organ meat when it stores glycogen', () => {
    expect(ids('Glycogen in the muscles and liver runs out and my headache starts.')).toEqual([]);
  });
});

describe('context guards', () => {
  it.each([
    'We had ice cream after dinner.',
    'The rest of the day was fine.',
    'Rest assured it is fine.',
    'I said it in the heat of the moment.',
    'I drink diet soda.',
    'We are running out of time.',
  ])('ignores ordinary English: %s', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('reads walking lunges as lunges, not walking', () => {
    expect(ids('Do walking lunges twice a week.')).toEqual(['lunges']);
  });

  it('still finds the remedy beside a vetoed phrase', () => {
    expect(ids('Rest assured, rest helped my knee.')).toEqual(['rest']);
  });
});

describe('mentions', () => {
  it('marks a negated mention', () => {
    const [m] = extract("I don't take MSM anymore.").mentions;
    expect(m?.negated).toBe(true);
  });

  it('leaves a plain mention unnegated', () => {
    expect(extract('I take MSM daily.').mentions[0]?.negated).toBe(false);
  });

  it.each([
    ['Glucosamine never did a thing for me.', 'no-effect'],
    ['Advil just masked it.', 'no-effect'],
    ['Foam rolling saved my season.', 'helped'],
    ['Ibuprofen made it worse.', 'worse'],
    ['I am thinking about trying acupuncture next month.', 'considering'],
    ['Has anyone tried turmeric for this?', 'considering'],
    ['Massage did not help.', 'no-effect'],
    ['I bought magnesium at the store.', 'unknown'],
  ])('gives %s the outcome %s', (text, outcome) => {
    expect(extract(text).mentions[0]?.outcome).toBe(outcome);
  });

  it('takes the nearest cue when two remedies share a sentence', () => {
    const ms = extract('Advil did nothing but ice helped a lot.').mentions;
    expect(ms.map((m) => [m.remedy_id, m.outcome])).toEqual([['ibuprofen', 'no-effect'], ['ice', 'helped']]);
  });

  it('gives the original sentence, its index and the source line', () => {
    const text = 'Hello there.\nSee https://x.com/msm-info for more.\n\nLater I tried MSM.';
    const ms = extract(text).mentions;
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ matched_text: 'MSM', sentence: 'Later I tried MSM.', source_line: 13, comment_id: 'c1', post_id: 'p1' });
    expect(ms[0]?.sentence_index).toBe(2);
  });

  it('keeps masked URLs in the reported sentence', () => {
    const ms = extract('Fish oil, see https://example.com/fish-oil here.').mentions;
    expect(ms[0]?.sentence).toContain('https://example.com/fish-oil');
  });

  it('reports the same remedy twice in one text as two mentions', () => {
    expect(ids('Magnesium first. Then more magnesium.')).toEqual(['magnesium', 'magnesium']);
  });

  it('works for a post body with an empty comment id', () => {
    const matcher = createRemedyMatcher(builtin, createNlp());
    const text = 'Intro.\n\nI swear by yoga.';
    const doc = matcher.nlp.readDoc(text);
    const [m] = extractRemedies(doc, matcher, { post_id: 'p', comment_id: '', author: 'MAS', text, body_line: 12 }).mentions;
    expect(m).toMatchObject({ comment_id: '', remedy_id: 'yoga', source_line: 14, outcome: 'helped' });
  });
});

describe('user lexicon', () => {
  it('overrides a built-in entry and adds a new one', () => {
    const diag = new Diagnostics();
    const user = parseLexicon(
      '- {id: ice, label: Ice, category: devices-and-aids, phrases: [cryo cup]}\n- {id: feldenkrais-x, label: F, category: exercise-and-movement, parent: exercise, phrases: [awareness through movement]}\n',
      'mine.yaml',
      diag,
      builtin,
    );
    const matcher = createRemedyMatcher(mergeLexicons(builtin, user), createNlp());
    expect(diag.items).toEqual([]);
    expect(ids('A cryo cup and awareness through movement, then ice.', matcher)).toEqual(['ice', 'feldenkrais-x']);
  });
});
