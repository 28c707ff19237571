/**
 * Re-captures test/fixtures/sentiment-scorer/outputs.json: scores the same texts with the current scorer and the
 * frozen adjustments next to them, and lists which cases changed. Run only after a deliberate scoring change:
 * `npx tsx test/sentiment/capture-outputs.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Diagnostics } from '../../src/diagnostics.ts';
import { createNlp } from '../../src/nlp/wink.ts';
import { compileAdjustments } from '../../src/sentiment/adjustments.ts';
import { parseAdjustments } from '../../src/sentiment/adjustments-file.ts';
import { scoreText, type DocSentiment } from '../../src/sentiment/score.ts';

const dir = new URL('../fixtures/sentiment-scorer/', import.meta.url);
const file = new URL('outputs.json', dir);
const cases = JSON.parse(readFileSync(file, 'utf8')) as { text: string; expected: DocSentiment }[];
const parsed = parseAdjustments(readFileSync(new URL('adjustments.yaml', dir), 'utf8'), 'adjustments.yaml', new Diagnostics());
if (!parsed) throw new Error('frozen adjustments.yaml is invalid');
const adj = compileAdjustments(parsed);
const nlp = createNlp();
const next = cases.map((c) => ({ text: c.text, expected: scoreText(nlp, c.text, adj) }));
next.forEach((c, k) => {
  const old = cases[k]!.expected;
  if (JSON.stringify(old) === JSON.stringify(c.expected)) return;
  const sentences = old.sentences.map((s, i) => (s.sentiment_score === c.expected.sentences[i]?.sentiment_score ? '' : `s${i} ${s.sentiment_score} -> ${c.expected.sentences[i]?.sentiment_score}`)).filter(Boolean);
  console.log(`case ${k}: ${old.sentiment_score} (${old.sentiment_label}) -> ${c.expected.sentiment_score} (${c.expected.sentiment_label}) ${sentences.join(', ')}  ${JSON.stringify(c.text.slice(0, 70))}`);
});
writeFileSync(file, JSON.stringify(next, null, 1) + '\n');
