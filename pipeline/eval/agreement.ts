// How far two annotators agree on the same threads: the second folder's labels scored against the first's, as the
// evaluations score the product (remedy pairs with optional ids as don't-care and ids matched through the lexicon,
// `replyTo`, sentiment with its alternatives), and the other way round.
// Run: npx tsx pipeline/eval/agreement.ts FOLDER_A FOLDER_B
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Diagnostics } from '../../src/diagnostics.ts';
import { builtinLexiconUrl, parseLexicon } from '../../src/remedies/lexicon.ts';
import { goldIdReader } from './gold-ids.ts';

type Labelled = {
  n: number;
  remedies: string[];
  remediesOptional?: string[];
  replyTo: string | null;
  sentiment: string;
  sentimentAlt?: string[];
};
type Thread = { post_path: string; comments: Labelled[] };

const [folderA, folderB] = process.argv.slice(2);
if (!folderA || !folderB || !existsSync(folderA) || !existsSync(folderB)) {
  process.stderr.write('usage: npx tsx pipeline/eval/agreement.ts FOLDER_A FOLDER_B (two folders labelling the same threads)\n');
  process.exit(2);
}

const read = (folder: string) =>
  new Map(
    readdirSync(folder)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => {
        const t = JSON.parse(readFileSync(join(folder, f), 'utf8')) as Thread;
        return [t.post_path, t] as const;
      }),
  );
const a = read(folderA);
const b = read(folderB);
const shared = [...a.keys()].filter((p) => b.has(p));
if (shared.length === 0) {
  process.stderr.write(`no thread is labelled in both ${folderA} and ${folderB}\n`);
  process.exit(2);
}

const ids = goldIdReader(parseLexicon(readFileSync(builtinLexiconUrl, 'utf8'), 'src/remedies/lexicon.yaml', new Diagnostics()));

/** `other`'s required remedy pairs scored against `gold` (its optional ids neither right nor wrong). */
function remedyScore(gold: Thread, other: Thread) {
  let tp = 0, fp = 0, req = 0, found = 0;
  gold.comments.forEach((g, i) => {
    const { right, wrong, missed } = ids.score(other.comments[i]?.remedies ?? [], g.remedies, g.remediesOptional ?? []);
    tp += right;
    fp += wrong.length;
    req += g.remedies.length;
    found += g.remedies.length - missed.length;
  });
  return { tp, fp, req, found };
}

const lower = (s: string | null | undefined) => (s ?? '').trim().toLowerCase();
const rows: string[] = [];
const total = { ab: { tp: 0, fp: 0, req: 0, found: 0 }, ba: { tp: 0, fp: 0, req: 0, found: 0 }, replies: { same: 0, of: 0 }, sentiment: { same: 0, exact: 0, of: 0 } };
for (const path of shared) {
  const ta = a.get(path)!;
  const tb = b.get(path)!;
  if (ta.comments.length !== tb.comments.length) {
    rows.push(`${path}: ${ta.comments.length} comments in A, ${tb.comments.length} in B: skipped`);
    continue;
  }
  const ab = remedyScore(ta, tb);
  const ba = remedyScore(tb, ta);
  for (const k of ['tp', 'fp', 'req', 'found'] as const) {
    total.ab[k] += ab[k];
    total.ba[k] += ba[k];
  }
  let sameReply = 0;
  let sameSentiment = 0;
  let exactSentiment = 0;
  ta.comments.forEach((c, i) => {
    const o = tb.comments[i]!;
    if (lower(c.replyTo) === lower(o.replyTo)) sameReply++;
    if ([c.sentiment, ...(c.sentimentAlt ?? [])].includes(o.sentiment) || [o.sentiment, ...(o.sentimentAlt ?? [])].includes(c.sentiment)) sameSentiment++;
    if (c.sentiment === o.sentiment) exactSentiment++;
  });
  total.replies.same += sameReply;
  total.replies.of += ta.comments.length;
  total.sentiment.same += sameSentiment;
  total.sentiment.exact += exactSentiment;
  total.sentiment.of += ta.comments.length;
  rows.push(
    `${path}: remedies B against A P ${ratio(ab.tp, ab.tp + ab.fp)} R ${ratio(ab.found, ab.req)}; A against B P ${ratio(ba.tp, ba.tp + ba.fp)} R ${ratio(ba.found, ba.req)}; ` +
      `replyTo the same ${sameReply}/${ta.comments.length}; sentiment agrees ${sameSentiment}/${ta.comments.length}`,
  );
}
for (const r of rows) console.log(r);
const { ab, ba } = total;
console.log(`OVERALL over ${shared.length} threads (A = ${folderA}, B = ${folderB}):`);
console.log(`  remedy pairs, B scored against A: precision ${ratio(ab.tp, ab.tp + ab.fp)}, recall ${ratio(ab.found, ab.req)}`);
console.log(`  remedy pairs, A scored against B: precision ${ratio(ba.tp, ba.tp + ba.fp)}, recall ${ratio(ba.found, ba.req)}`);
console.log(`  replyTo the same: ${ratio(total.replies.same, total.replies.of)}`);
console.log(`  sentiment: the same label ${ratio(total.sentiment.exact, total.sentiment.of)}; either's label among the other's label and alternatives ${ratio(total.sentiment.same, total.sentiment.of)}`);

function ratio(n: number, d: number): string {
  return `${(n / Math.max(1, d)).toFixed(3)} (${n}/${d})`;
}
