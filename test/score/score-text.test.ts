import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.ts';
import { scoreBadObject } from '../../src/messages/score.ts';
import { parseScoreLine, scoreInput } from '../../src/score/score-text.ts';
import { createAnalyzer } from '../../src/analyze/analyzer.ts';
import { parseConfig, readConfigTexts } from '../../pipeline/config.ts';

const read = (line: string, n = 7) => {
  const diag = new Diagnostics();
  return { input: parseScoreLine(line, n, 'in.jsonl', diag), diag: diag.items };
};

describe('parseScoreLine', () => {
  it('reads a JSON object with an id and a text', () => {
    expect(read('{"id": "a", "text": "Advil just masked it."}')).toEqual({ input: { id: 'a', text: 'Advil just masked it.' }, diag: [] });
  });
  it('gives a JSON object without an id the line number', () => {
    expect(read('{"text": "Magnesium helped."}').input).toEqual({ id: 7, text: 'Magnesium helped.' });
  });
  it('takes any other line, a brace-led one that is not JSON too, as plain text', () => {
    expect(read('Foam rolling saved my season').input).toEqual({ id: 7, text: 'Foam rolling saved my season' });
    expect(read('{sic} braces helped').input).toEqual({ id: 7, text: '{sic} braces helped' });
  });
  it("reads a thread's title when given", () => {
    expect(read('{"id": 1, "text": "Cold taters again.", "title": "Potato Diet Week 1"}').input).toEqual({ id: 1, text: 'Cold taters again.', title: 'Potato Diet Week 1' });
  });
  it('skips a JSON object without a string text, with an error at its line', () => {
    for (const line of ['{"id": 2}', '{"text": 5}', '{"id": [1], "text": "x"}', '{"text": "x", "title": 3}']) {
      expect(read(line)).toEqual({ input: null, diag: [{ file: 'in.jsonl', line: 7, column: 1, ...scoreBadObject(line) }] });
    }
  });
});

describe('scoreInput', async () => {
  const config = parseConfig(await readConfigTexts({ timezone: 'auto' }), { timezone: 'auto' }, new Diagnostics());
  const analyzer = createAnalyzer(config.analyzer);
  const ids = (input: { id: number; text: string; title?: string }) => (scoreInput(input, analyzer, config.linkRules).remedies as { id: string }[]).map((r) => r.id);
  it("counts the topic words of the thread's title, and only with it", () => {
    expect(ids({ id: 1, text: 'Cold taters for lunch, they kept me full.', title: 'The Potato Diet - Week 1' })).toEqual(['potato-diet']);
    expect(ids({ id: 1, text: 'Cold taters for lunch, they kept me full.' })).toEqual([]);
  });
});
