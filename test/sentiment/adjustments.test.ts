import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Diagnostics } from '../../src/diagnostics.ts';
import { compileAdjustments, NO_ADJUSTMENTS } from '../../src/sentiment/adjustments.ts';
import { parseAdjustments } from '../../src/sentiment/adjustments-file.ts';
import { sentimentAdjustmentsInvalid, sentimentAdjustmentsYaml, sentimentPatternEmpty } from '../../src/messages/sentiment.ts';

const shipped = readFileSync(new URL('../../src/sentiment/adjustments.yaml', import.meta.url), 'utf8');

function parse(text: string) {
  const diag = new Diagnostics();
  return { result: parseAdjustments(text, 'adj.yaml', diag), items: diag.items };
}

describe('parseAdjustments', () => {
  it('accepts the shipped file without diagnostics', () => {
    const { result, items } = parse(shipped);
    expect(items).toEqual([]);
    expect(result?.neutral.length).toBeGreaterThan(0);
  });

  it('reports YAML syntax errors with their line', () => {
    const { result, items } = parse('neutral: [pain\nwords: {');
    expect(result).toBeUndefined();
    expect(items[0]?.rule_id).toBe(sentimentAdjustmentsYaml('x').rule_id);
    expect(items[0]?.line).toBeGreaterThanOrEqual(1);
  });

  it('reports an out-of-range weight at the line of that weight', () => {
    const text = shipped.replace(/weight: 0\.6\n/, 'weight: 3\n');
    const line = text.split('\n').findIndex((l) => l.includes('weight: 3')) + 1;
    const { result, items } = parse(text);
    expect(result).toBeUndefined();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ file: 'adj.yaml', line, rule_id: 'sentiment:adjustments-invalid', severity: 'error' });
    expect(items[0]?.message).toContain('`words.0.weight`');
  });

  it('reports an entry without a rationale', () => {
    const text = 'neutral:\n  - terms: [pain]\nwords: []\nphrases: []\n';
    const { items } = parse(text + tail());
    expect(items.map((d) => d.message)).toContain(sentimentAdjustmentsInvalid('neutral.0.rationale', 'a value of type string').message);
    expect(items[0]?.line).toBe(2);
  });

  it('reports unknown keys', () => {
    const { items } = parse('neutral: []\nwords: []\nphrases: []\nfoo: 1\n' + tail());
    expect(items).toHaveLength(1);
    expect(items[0]?.message).toContain('`foo`');
  });
});

describe('compileAdjustments', () => {
  it('indexes phrases by their first word and symptom slot', () => {
    const c = compileAdjustments({
      ...NO_ADJUSTMENTS,
      neutral: [{ terms: ['Pain'], before_symptom: false, symptom: true, rationale: 'r' }],
      phrases: [{ patterns: ['no more {symptom}', '{symptom} free'], weight: 0.7, rationale: 'r' }],
    });
    expect(c.symptoms.has('pain')).toBe(true);
    expect(c.phrasesByFirst.get('no')?.[0]?.steps).toHaveLength(3);
    expect(c.phrasesByFirst.get('symptom')?.[0]?.weight).toBe(0.7);
  });

  it('reports and skips an empty phrase pattern', () => {
    const diag = new Diagnostics();
    const c = compileAdjustments({ ...NO_ADJUSTMENTS, phrases: [{ patterns: ['  '], weight: 0.5, rationale: 'r' }] }, 'adj.yaml', diag);
    expect(c.phrasesByFirst.size).toBe(0);
    expect(diag.items.map((d) => d.message)).toEqual([sentimentPatternEmpty('  ').message]);
  });
});

function tail(): string {
  return [
    'symptom_context:',
    '  window: 3',
    '  relief: { before: [no], after: [], weight: 0.5, rationale: r }',
    '  worsening: { before: [more], after: [], weight: -0.5, rationale: r }',
    '  bare_weight: 0',
    '  rationale: r',
    'question_factor: 0.5',
    'negation: { scope: 5, rationale: r }',
    '',
  ].join('\n');
}
