/**
 * Sentiment evaluation: reads the labelled data under /work/shared (and test/fixtures/labelled) with node:fs and
 * prints each figure next to its target and the plain wink-nlp baseline.  Run: `npm run eval:sentiment`.
 * Set THREADLENS_EVAL_DATA to use another data root.
 */
import { SHARED } from '../shared-data.ts';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNlp, type Nlp } from '../../src/nlp/wink.ts';
import { maskForNlp } from '../../src/nlp/prepare.ts';
import { Diagnostics, formatDiagnostic } from '../../src/diagnostics.ts';
import { compileAdjustments, type CompiledAdjustments } from '../../src/sentiment/adjustments.ts';
import { parseAdjustments } from '../../src/sentiment/adjustments-file.ts';
import { labelFor, scoreText, NEUTRAL_BAND } from '../../src/sentiment/score.ts';
import type { SentimentLabel } from '../../src/schema/sentiment.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = process.env.THREADLENS_EVAL_DATA ?? SHARED;
const adjFile = join(root, 'src/sentiment/adjustments.yaml');

type Scorer = (text: string) => number;
type Row = { metric: string; target: string; plain: string; adjusted: string; pass: boolean | undefined };
type Labelled = { file: string; post_path: string; comments: { n: number; sentiment: SentimentLabel; sentimentAlt?: SentimentLabel[] }[] };

function main(): void {
  const diag = new Diagnostics();
  const parsed = parseAdjustments(readFileSync(adjFile, 'utf8'), 'src/sentiment/adjustments.yaml', diag);
  for (const d of diag.items) console.error(formatDiagnostic(d));
  if (!parsed) process.exit(1);
  const adj = compileAdjustments(parsed, adjFile, diag);
  const nlp = createNlp();
  const plain: Scorer = (text) => nlp.readDoc(maskForNlp(text)).out(nlp.its.sentiment) as number;
  const adjusted: Scorer = (text) => scoreText(nlp, text, adj).sentiment_score;

  const rows: Row[] = [];
  const threads = loadThreads();
  const seed = threads.filter((t) => t.file.includes('seed-thread'));
  const inFolder = (name: string) => threads.filter((t) => t.file.includes(`/${name}/`));
  rows.push(...threadRows('seed thread', seed, plain, adjusted, true));
  // The sentiment scorer was tuned on the seed and the labelled threads only; the other sets are unseen text for it.
  for (const [name, title] of FOLDERS) {
    const set = inFolder(name);
    if (set.length > 0) rows.push(...threadRows(`${title} (${set.length})`, set, plain, adjusted, true));
  }
  rows.push(...psytarRows(plain, adjusted));
  rows.push(vaderRow('VADER tweets Pearson r', 'tweets_GroundTruth.txt', 0.72, plain, adjusted));
  rows.push(vaderRow('VADER Amazon snippets Pearson r', 'amazonReviewSnippets_GroundTruth.txt', 0.55, plain, adjusted));
  if (process.argv.includes('--all')) {
    rows.push(vaderRow('VADER movie snippets Pearson r', 'movieReviewSnippets_GroundTruth.txt', undefined, plain, adjusted));
    rows.push(vaderRow('VADER NYT snippets Pearson r', 'nytEditorialSnippets_GroundTruth.txt', undefined, plain, adjusted));
  }
  if (process.argv.includes('--misses')) printMisses(threads, nlp, adj);
  printTable(rows);
  console.log(`neutral band: |score| < ${NEUTRAL_BAND}`);
}

/**
 * The folders of hand-labelled threads under test/fixtures (a second annotator's labels of the same threads, in
 * `labelled-second*`, are left out), in order, with the name each gets in the table: `labelled-blind46` is the
 * forty-sixth blind threads.
 */
const FOLDERS: readonly (readonly [string, string])[] = labelledFolders(join(root, 'test/fixtures'));

function labelledFolders(fixtures: string): [string, string][] {
  const fixed: Record<string, string> = { labelled: 'labelled threads', 'labelled-holdout': 'held-out threads', 'labelled-blind': 'blind threads' };
  const numbered = (name: string) => Number(/^labelled-blind(\d+)$/.exec(name)?.[1] ?? NaN);
  const names = existsSync(fixtures) ? readdirSync(fixtures) : [];
  return [
    ...Object.keys(fixed).filter((n) => names.includes(n)).map((n): [string, string] => [n, fixed[n]!]),
    ...names
      .filter((n) => Number.isInteger(numbered(n)))
      .sort((a, b) => numbered(a) - numbered(b))
      .map((n): [string, string] => [n, `${ordinal(numbered(n))} blind threads`]),
  ];
}

/** English ordinal words for 1-99 (`forty-sixth`). */
function ordinal(n: number): string {
  const units = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
  const teens = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
  const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
  const tensOrdinal = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];
  if (n < 10) return units[n] ?? String(n);
  if (n < 20) return teens[n - 10]!;
  if (n >= 100) return `${n}th`;
  const t = Math.floor(n / 10);
  return n % 10 === 0 ? tensOrdinal[t]! : `${tens[t]}-${units[n % 10]}`;
}

function loadThreads(): Labelled[] {
  const files = [join(shared, 'gold/seed-thread.json')];
  for (const [name] of FOLDERS) {
    const dir = join(root, 'test/fixtures', name);
    if (existsSync(dir)) for (const f of readdirSync(dir).sort()) if (f.endsWith('.json')) files.push(join(dir, f));
  }
  return files.map((file) => {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Omit<Labelled, 'file'>;
    return { ...data, file, post_path: data.post_path ?? 'posts/2011/02/the-psychology-of-back-pain/index.md' };
  });
}

/** Comment bodies in order: the `### Name` blocks after `## Comments`, minus the date line. */
function commentTexts(postPath: string): string[] {
  const text = readFileSync(join(shared, 'corpus/criticalmas', postPath), 'utf8').replace(/\r\n/g, '\n');
  const at = text.lastIndexOf('\n## Comments');
  const blocks = text.slice(at).split(/\n### /).slice(1);
  return blocks.map((b) =>
    b
      .split('\n')
      .slice(1)
      .filter((line) => !/^\s*[*_][A-Z][a-z]+ \d{1,2} at \d{4} at [\d:]+ [AP]M[*_]\s*$/.test(line))
      .join('\n')
      .replace(/\n---\s*$/, '')
      .trim(),
  );
}

function threadRows(name: string, threads: Labelled[], plain: Scorer, adjusted: Scorer, withTargets: boolean): Row[] {
  const score = (s: Scorer) => {
    let agree = 0;
    let flips = 0;
    let total = 0;
    for (const t of threads) {
      const texts = commentTexts(t.post_path);
      for (const c of t.comments) {
        const label = labelFor(s(texts[c.n - 1] ?? ''));
        total++;
        if (label === c.sentiment || (c.sentimentAlt ?? []).includes(label)) agree++;
        else if (label !== 'neutral' && c.sentiment !== 'neutral' && label !== c.sentiment) flips++;
      }
    }
    return { agree: agree / Math.max(1, total), flips, total };
  };
  const p = score(plain);
  const a = score(adjusted);
  return [
    { metric: `${name}: label agreement (n=${a.total})`, target: withTargets ? '>= 80%' : '', plain: pct(p.agree), adjusted: pct(a.agree), pass: a.agree >= 0.8 },
    { metric: `${name}: polarity flips`, target: '<= 1 in 25', plain: `${p.flips}`, adjusted: `${a.flips}`, pass: a.flips <= Math.max(1, Math.floor(a.total / 25)) },
  ];
}

function psytarRows(plain: Scorer, adjusted: Scorer): Row[] {
  const dir = join(shared, 'data/psytar-dev');
  const posts = jsonl(join(dir, 'posts.jsonl')) as { rating: string; comment?: string; 'side-effect'?: string }[];
  const sentences = jsonl(join(dir, 'sentences.jsonl')) as { sentences: string; EF?: string; INF?: string }[];
  const ratings = posts.map((p) => Number(p.rating));
  // A review is its side-effect field then its comment (sentences.jsonl splits both); either may be missing.
  const review = (p: (typeof posts)[number]) => [p['side-effect'], p.comment].filter((x) => x !== undefined && x.trim() !== '').join('\n\n');
  const rho = (s: Scorer) => spearman(posts.map((p) => s(review(p))), ratings);
  const negShare = (s: Scorer, key: 'EF' | 'INF') => {
    const sel = sentences.filter((x) => x[key] === '1');
    return sel.filter((x) => labelFor(s(x.sentences)) === 'negative').length / Math.max(1, sel.length);
  };
  const [rp, ra] = [rho(plain), rho(adjusted)];
  const [ep, ea] = [negShare(plain, 'EF'), negShare(adjusted, 'EF')];
  const [ip, ia] = [negShare(plain, 'INF'), negShare(adjusted, 'INF')];
  return [
    { metric: `PsyTAR reviews: Spearman(score, rating) (n=${posts.length})`, target: '>= 0.55', plain: fix(rp), adjusted: fix(ra), pass: ra >= 0.55 },
    { metric: 'PsyTAR EF sentences scored negative', target: '<= 8%', plain: pct(ep), adjusted: pct(ea), pass: ea <= 0.08 },
    { metric: 'PsyTAR INF sentences scored negative', target: '>= 55%', plain: pct(ip), adjusted: pct(ia), pass: ia >= 0.55 },
  ];
}

function vaderRow(metric: string, file: string, target: number | undefined, plain: Scorer, adjusted: Scorer): Row {
  const lines = readFileSync(join(shared, 'data/vader', file), 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  const rows = lines.map((l) => l.split('\t')).map(([, mean, ...text]) => ({ mean: Number(mean), text: text.join('\t') }));
  const human = rows.map((r) => r.mean);
  const [p, a] = [pearson(rows.map((r) => plain(r.text)), human), pearson(rows.map((r) => adjusted(r.text)), human)];
  return { metric: `${metric} (n=${rows.length})`, target: target === undefined ? '' : `>= ${target}`, plain: fix(p), adjusted: fix(a), pass: target === undefined ? undefined : a >= target };
}

function printMisses(threads: Labelled[], nlp: Nlp, adj: CompiledAdjustments): void {
  for (const t of threads) {
    const texts = commentTexts(t.post_path);
    for (const c of t.comments) {
      const r = scoreText(nlp, texts[c.n - 1] ?? '', adj);
      if (r.sentiment_label === c.sentiment || (c.sentimentAlt ?? []).includes(r.sentiment_label)) continue;
      console.log(`\n${t.post_path} #${c.n} gold=${c.sentiment} alt=${(c.sentimentAlt ?? []).join('/')} got=${r.sentiment_label} ${r.sentiment_score}`);
      for (const s of r.sentences) if (s.sentiment_score !== 0) console.log(`  ${s.sentiment_score.toFixed(3)}  ${s.text.replace(/\s+/g, ' ').slice(0, 140)}`);
    }
  }
}

function printTable(rows: Row[]): void {
  const w = Math.max(...rows.map((r) => r.metric.length));
  console.log(`${'metric'.padEnd(w)}  ${'target'.padEnd(10)}  ${'plain'.padStart(7)}  ${'adjusted'.padStart(8)}  pass`);
  for (const r of rows) {
    const pass = r.pass === undefined ? '' : r.pass ? 'yes' : 'NO';
    console.log(`${r.metric.padEnd(w)}  ${r.target.padEnd(10)}  ${r.plain.padStart(7)}  ${r.adjusted.padStart(8)}  ${pass}`);
  }
}

function jsonl(file: string): unknown[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as unknown);
}

function pearson(x: number[], y: number[]): number {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

function spearman(x: number[], y: number[]): number {
  return pearson(ranks(x), ranks(y));
}

function ranks(v: number[]): number[] {
  const order = v.map((value, i) => ({ value, i })).sort((a, b) => a.value - b.value);
  const r = new Array<number>(v.length);
  for (let k = 0; k < order.length; ) {
    let j = k;
    while (j + 1 < order.length && order[j + 1]!.value === order[k]!.value) j++;
    for (let m = k; m <= j; m++) r[order[m]!.i] = (k + j) / 2 + 1;
    k = j + 1;
  }
  return r;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const fix = (x: number) => x.toFixed(3);

main();
