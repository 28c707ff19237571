import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Diagnostics } from '../../src/diagnostics.ts';
import { createNlp } from '../../src/nlp/wink.ts';
import { compileAdjustments } from '../../src/sentiment/adjustments.ts';
import { parseAdjustments } from '../../src/sentiment/adjustments-file.ts';
import { scoreText, type DocSentiment } from '../../src/sentiment/score.ts';

// Outputs captured from the scorer before its single-pass rewrite, with the adjustments frozen next to them.
const dir = new URL('../fixtures/sentiment-scorer/', import.meta.url);
const cases = JSON.parse(readFileSync(new URL('outputs.json', dir), 'utf8')) as { text: string; expected: DocSentiment }[];
const parsed = parseAdjustments(readFileSync(new URL('adjustments.yaml', dir), 'utf8'), 'adjustments.yaml', new Diagnostics());
const nlp = createNlp();
const adj = parsed && compileAdjustments(parsed);

describe('single-pass scorer', () => {
  it('loads the frozen adjustments and a few dozen captured cases', () => {
    expect(parsed).toBeDefined();
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases.map((c, k) => [k, c] as const))('returns the captured result for case %i', (_k, c) => {
    expect(scoreText(nlp, c.text, adj!)).toEqual(c.expected);
  });
});
