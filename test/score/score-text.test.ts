import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.ts';
import { scoreBadObject } from '../../src/messages/score.ts';
import { parseScoreLine } from '../../src/score/score-text.ts';

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
  it('skips a JSON object without a string text, with an error at its line', () => {
    for (const line of ['{"id": 2}', '{"text": 5}', '{"id": [1], "text": "x"}']) {
      expect(read(line)).toEqual({ input: null, diag: [{ file: 'in.jsonl', line: 7, column: 1, ...scoreBadObject(line) }] });
    }
  });
});
