import { describe, expect, it } from 'vitest';
import { createNlp } from '../../src/nlp/wink.ts';
import { maskForNlp } from '../../src/nlp/prepare.ts';
import { compileAdjustments, NO_ADJUSTMENTS } from '../../src/sentiment/adjustments.ts';
import { labelFor, NEUTRAL_BAND, scoreDoc, scoreText } from '../../src/sentiment/score.ts';
import { shippedAdjustments } from './helpers.ts';

const nlp = createNlp();
const adj = shippedAdjustments();
const score = (text: string) => scoreText(nlp, text, adj);
const plain = (text: string) => nlp.readDoc(text).out(nlp.its.sentiment) as number;

describe('health-aware scoring', () => {
  it('scores a cured condition positive although plain wink scores it negative', () => {
    const text = 'I completely cured 22 years of severe back pain.';
    expect(plain(text)).toBeLessThan(0);
    expect(score(text).sentiment_label).toBe('positive');
  });

  it('scores "no more pain" positive', () => {
    expect(score('No more pain after the first week.').sentiment_label).toBe('positive');
  });

  it('scores "pain free" and "pain-free" positive', () => {
    expect(score('I have been pain free since March.').sentiment_label).toBe('positive');
    expect(score('I have been pain-free since March.').sentiment_label).toBe('positive');
  });

  it('scores "never did a thing" as not positive', () => {
    expect(score('The massage never did a thing for me.').sentiment_score).toBeLessThan(0);
  });

  it('keeps complaints negative: worse, no help, horrible side effects', () => {
    expect(score('It made my pain worse.').sentiment_label).toBe('negative');
    expect(score("The pills didn't help at all.").sentiment_label).toBe('negative');
    expect(score('The side effects were horrible.').sentiment_label).toBe('negative');
  });

  it('does not read a relief cue across a comma: "less libido, tired always" is no relief', () => {
    expect(score('less libido, tired always').sentiment_score).toBeLessThanOrEqual(0);
    expect(score('less tired').sentiment_score).toBeGreaterThan(0);
  });

  it('takes a neutralised word out with the sign it has past the negation scope', () => {
    // "taking" (+1 in the lexicon) stands past the 5-token scope of "havent": dropping it leaves nothing positive.
    expect(score('I havent been on this long was taking 100mg but cut it in half.').sentiment_score).toBeLessThanOrEqual(0);
  });

  it('lets "no" negate only its own phrase: "no side effects changed my life" is positive', () => {
    expect(score('I have been on it 12 years, no side effects changed my life!').sentiment_label).toBe('positive');
  });

  it('keeps a verb negation running past a failure phrase: "did not help improve my memory"', () => {
    expect(score('It did not help improve my memory.').sentiment_label).toBe('negative');
  });

  it('scores review verdicts: "saved my life" positive, "stopped taking it" negative', () => {
    expect(score('It took a few weeks but it saved my life.').sentiment_label).toBe('positive');
    expect(score('I stopped taking it after a month, not worth it.').sentiment_label).toBe('negative');
  });

  it('reads weighing in a remedy\'s favour as praise: "the benefits outweigh the side effects"', () => {
    expect(score('The benefits outweigh the side effects.').sentiment_score).toBeGreaterThan(0);
    expect(score('The side effects outweigh the benefits.').sentiment_label).toBe('negative');
  });

  it('sets conceded side effects aside: "despite the side effects it works well" is positive', () => {
    expect(score('Despite the side effects it works well.').sentiment_label).toBe('positive');
  });

  it('gives "work" as a job or activity no efficacy praise', () => {
    expect(score('I went back to work after two days.').sentiment_label).toBe('neutral');
    expect(score('I have been working out every day.').sentiment_label).toBe('neutral');
    expect(score('It works.').sentiment_label).toBe('positive');
  });

  it('scores not coping with a harm negative: "could not handle the dizziness"', () => {
    expect(score('I could not handle the dizziness.').sentiment_label).toBe('negative');
  });

  it('adds sentence scores with diminishing returns under a length exponent below 1, clamped to [-1, 1]', () => {
    const text = 'It saved my life. It works great. I feel like myself again.';
    const mean = score(text).sentiment_score;
    const summed = scoreText(nlp, text, { ...adj, lengthExponent: 0 }).sentiment_score;
    expect(summed).toBeGreaterThan(mean);
    expect(summed).toBeLessThanOrEqual(1);
  });

  it('turns a negated relief cue into a report of the symptom going on', () => {
    expect(score("It didn't help my anxiety.").sentiment_label).toBe('negative');
    expect(score('It helped my anxiety.').sentiment_label).toBe('positive');
  });

  it('scores increased symptoms negative', () => {
    expect(score('I had increased anxiety and more headaches.').sentiment_label).toBe('negative');
  });

  it('leaves plain statements neutral', () => {
    expect(score('I went to the store on Tuesday.').sentiment_label).toBe('neutral');
    expect(score('He is talking about back pain.').sentiment_label).toBe('neutral');
  });

  it('damps questions, which ask rather than report', () => {
    const asked = score('Has anyone had good results with gelatin?').sentiment_score;
    const told = score('I had good results with gelatin.').sentiment_score;
    expect(Math.abs(asked)).toBeLessThan(Math.abs(told));
  });

  it('keeps general sentiment: praise positive, insult negative', () => {
    expect(score('What a wonderful, helpful post. Thanks!').sentiment_label).toBe('positive');
    expect(score('This is a stupid, awful article.').sentiment_label).toBe('negative');
  });

  it('reproduces plain wink sentence scores when there are no adjustments', () => {
    const none = compileAdjustments(NO_ADJUSTMENTS);
    const text = 'The food was good. The service was terrible and slow.';
    const doc = nlp.readDoc(text);
    const winkScores = doc.sentences().out(nlp.its.sentiment) as unknown as number[];
    const ours = scoreDoc(doc, nlp, text, none).sentences.map((s) => s.sentiment_score);
    expect(ours).toEqual(winkScores.map((s) => Math.round(s * 10000) / 10000));
  });

  it('keeps scores within [-1, 1]', () => {
    for (const text of ['Horrible horrible horrible worst awful.', 'Cured! Healed! Amazing! Best ever!']) {
      const s = score(text).sentiment_score;
      expect(s).toBeGreaterThanOrEqual(-1);
      expect(s).toBeLessThanOrEqual(1);
    }
  });
});

describe('sentences', () => {
  it('numbers sentences from 0 and takes their text from the original, URLs included', () => {
    const original = 'Great post. Read https://example.com/pain-is-awful.html for more.\n\nIt helped me.';
    const doc = nlp.readDoc(maskForNlp(original));
    const r = scoreDoc(doc, nlp, original, adj);
    expect(r.sentences.map((s) => s.sentence_index)).toEqual([0, 1, 2]);
    expect(r.sentences.map((s) => s.text)).toEqual([
      'Great post.',
      'Read https://example.com/pain-is-awful.html for more.',
      'It helped me.',
    ]);
  });

  it('does not let a masked URL contribute to the score', () => {
    const r = scoreText(nlp, 'See https://example.com/horrible-terrible-awful', adj);
    expect(r.sentiment_score).toBe(0);
  });

  it('scores an empty text neutral with no sentences or one empty one', () => {
    const r = scoreText(nlp, '', adj);
    expect(r.sentiment_score).toBe(0);
    expect(r.sentiment_label).toBe('neutral');
  });
});

describe('labelFor', () => {
  it('is neutral strictly inside the band and signed at its edges', () => {
    expect(labelFor(0)).toBe('neutral');
    expect(labelFor(NEUTRAL_BAND - 1e-9)).toBe('neutral');
    expect(labelFor(-NEUTRAL_BAND + 1e-9)).toBe('neutral');
    expect(labelFor(NEUTRAL_BAND)).toBe('positive');
    expect(labelFor(-NEUTRAL_BAND)).toBe('negative');
  });
});
