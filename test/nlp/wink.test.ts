import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { createNlp } from '../../src/nlp/wink.ts';

const TEXT = 'On the other hand, Ellington Darden (Nautilus and H.I.T. guru) used to recommend drinking ice water. In any event, it is easy.';
const BEFORE = 'I like H.I.T workouts.';

describe('createNlp', () => {
  it('plain wink-nlp reads a text differently after an earlier text taught it a word (the bug guarded against)', () => {
    const fresh = winkNLP(model).readDoc(TEXT).sentences().out().length;
    const taught = winkNLP(model);
    taught.readDoc(BEFORE);
    expect(taught.readDoc(TEXT).sentences().out().length).not.toBe(fresh);
  });
  it('reads a text the same whatever the instance read before', () => {
    const fresh = createNlp().readDoc(TEXT).sentences().out();
    const taught = createNlp();
    taught.readDoc(BEFORE);
    expect(taught.readDoc(TEXT).sentences().out()).toEqual(fresh);
  });
  it('reads a text the same after an earlier text taught it a word of letters only (such words stay remembered)', () => {
    const text = 'Ashwagandhaq, Rhodiolaq and Ashwagandhaq-tea: did they help?';
    const fresh = createNlp().readDoc(text).tokens().out();
    const taught = createNlp();
    taught.readDoc('ashwagandhaq Rhodiolaq tea');
    expect(taught.readDoc(text).tokens().out()).toEqual(fresh);
  });
  it('keeps custom entities made of out-of-vocabulary words matching across documents', () => {
    const nlp = createNlp();
    nlp.learnCustomEntities([{ name: 'herb', patterns: ['ashwagandhax'] }]);
    for (let i = 0; i < 3; i++) {
      expect(nlp.readDoc('I tried ashwagandhax and it helped.').customEntities().out()).toEqual(['ashwagandhax']);
    }
  });
});
