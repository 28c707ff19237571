// Evaluates remedy extraction against hand-labelled threads and times it over the whole archive.
// Run: npx tsx pipeline/eval/remedies.ts [--no-timing] [--dir FOLDER]... [--seed] [--by-text]  (default: the seed + test/fixtures/labelled)
// Several --dir folders are pooled: each folder's figures, then the pairs over all of them. `--by-text` adds, for each
// (remedy, matched text), how often a comment's report of that remedy through that text was right, wrong or optional:
// the words whose reports are mostly wrong over many threads are where precision is lost.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Diagnostics } from '../../src/diagnostics.ts';
import { createNlp } from '../../src/nlp/wink.ts';
import { maskForNlp } from '../../src/nlp/prepare.ts';
import { builtinLexiconUrl, parseLexicon, type LexiconEntry } from '../../src/remedies/lexicon.ts';
import { goldIdReader } from './gold-ids.ts';
import { createRemedyMatcher } from '../../src/remedies/matcher.ts';
import { extractRemedies, threadTopics } from '../../src/remedies/extract.ts';
import { rankCandidates } from '../../src/remedies/candidates.ts';
import type { CandidateSighting } from '../../src/schema/mention.ts';
import { parsePost } from '../../src/ingest/parse-post.ts';
import { ARCHIVE_ROOT, SEED_GOLD } from '../shared-data.ts';

const CORPUS = ARCHIVE_ROOT;
const SEED = { gold: SEED_GOLD, post_path: 'posts/2011/02/the-psychology-of-back-pain/index.md' };
const LABELLED = 'test/fixtures/labelled';

type GoldComment = { n: number; author: string; remedies: string[]; remediesOptional?: string[] };
type Gold = { post_path?: string; comments: GoldComment[] };

const argValues = (flag: string) => process.argv.flatMap((a, i) => (a === flag && process.argv[i + 1] !== undefined ? [process.argv[i + 1]!] : []));
const dirs = argValues('--dir');
const withSeed = dirs.length === 0 || process.argv.includes('--seed');
const byText = process.argv.includes('--by-text');
/** Per `remedy<TAB>matched text` (lower case): reports right, wrong and optional. */
const textTally = new Map<string, { right: number; wrong: number; optional: number }>();

/** Reads a post with the real ingest (`parsePost`), as the pipeline does. */
function readPost(postPath: string) {
  const bytes = readFileSync(join(CORPUS, postPath));
  return parsePost({ bytes, source_file: postPath, post_id: postPath.replace(/\/index\.md$/, '') }, new Diagnostics());
}

const diag = new Diagnostics();
const entries: LexiconEntry[] = parseLexicon(readFileSync(builtinLexiconUrl, 'utf8'), 'src/remedies/lexicon.yaml', diag);
for (const d of diag.items) console.log(`${d.file}:${d.line}: ${d.message}`);
const nlp = createNlp();
const matcher = createRemedyMatcher(entries, nlp);
const ids = goldIdReader(entries);

const threads: { name: string; folder: string; gold: Gold; post: string }[] = [];
if (withSeed) threads.push({ name: 'seed', folder: 'seed', gold: JSON.parse(readFileSync(SEED.gold, 'utf8')) as Gold, post: SEED.post_path });
const folders = dirs.length > 0 ? dirs : [LABELLED];
for (const folder of folders) {
  if (!existsSync(folder)) {
    console.error(`eval:remedies: no folder ${folder}`);
    process.exit(2);
  }
  for (const f of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(folder, f), 'utf8')) as Gold;
    if (gold.post_path) threads.push({ name: f, folder, gold, post: gold.post_path });
  }
}
const byFolder = new Map<string, { tp: number; fp: number; req: number; found: number }>();

let tp = 0, fp = 0, req = 0, found = 0;
const sightings: CandidateSighting[] = [];
for (const t of threads) {
  const { post, comments } = readPost(t.post);
  const topics = threadTopics(post.title, matcher);
  let ttp = 0, tfp = 0, treq = 0, tfound = 0;
  const notes: string[] = [];
  t.gold.comments.forEach((g) => {
    const c = comments.find((c) => c.position === g.n);
    if (c === undefined) { notes.push(`  #${g.n}: comment missing from the post`); return; }
    if (c.author.trim() !== g.author.trim()) notes.push(`  #${g.n}: author ${c.author} in the post, ${g.author} in the labels`);
    const doc = nlp.readDoc(maskForNlp(c.text));
    const out = extractRemedies(doc, matcher, { post_id: t.post, comment_id: String(g.n), author: c.author, text: c.text, body_line: c.body_line, topics });
    sightings.push(...out.candidates);
    const reported = [...new Set(out.mentions.map((m) => m.remedy_id))];
    for (const id of g.remedies) if (!ids.known(id)) notes.push(`  #${g.n}: gold id ${id} is not in the lexicon`);
    const { right, wrong, missed } = ids.score(reported, g.remedies, g.remediesOptional ?? []);
    if (byText) {
      for (const r of reported) {
        const kind = g.remedies.some((x) => ids.related(r, x)) ? 'right' : (g.remediesOptional ?? []).some((x) => ids.related(r, x)) ? 'optional' : 'wrong';
        for (const text of new Set(out.mentions.filter((m) => m.remedy_id === r).map((m) => m.matched_text.toLowerCase()))) {
          const k = `${r}\t${text}`;
          const t = textTally.get(k) ?? { right: 0, wrong: 0, optional: 0 };
          t[kind]++;
          textTally.set(k, t);
        }
      }
    }
    ttp += right;
    tfp += wrong.length;
    treq += g.remedies.length;
    tfound += g.remedies.length - missed.length;
    for (const r of wrong) {
      const m = out.mentions.find((m) => m.remedy_id === r);
      notes.push(`  FP #${g.n} ${r} ("${m?.matched_text}") in: ${m?.sentence.slice(0, 140)}`);
    }
    for (const x of missed) notes.push(`  FN #${g.n} ${x}`);
  });
  tp += ttp; fp += tfp; req += treq; found += tfound;
  const f = byFolder.get(t.folder) ?? { tp: 0, fp: 0, req: 0, found: 0 };
  byFolder.set(t.folder, { tp: f.tp + ttp, fp: f.fp + tfp, req: f.req + treq, found: f.found + tfound });
  console.log(`${t.name}: precision ${(ttp / Math.max(1, ttp + tfp)).toFixed(3)} (${ttp}/${ttp + tfp}), recall ${(tfound / Math.max(1, treq)).toFixed(3)} (${tfound}/${treq})`);
  for (const n of notes) console.log(n);
}
for (const [id, { entry, how }] of [...ids.readings].sort()) console.log(`gold id ${id} read as ${entry} (${how})`);
const figures = (f: { tp: number; fp: number; req: number; found: number }) =>
  `precision ${(f.tp / Math.max(1, f.tp + f.fp)).toFixed(3)} (${f.tp}/${f.tp + f.fp}), recall ${(f.found / Math.max(1, f.req)).toFixed(3)} (${f.found}/${f.req})`;
if (byFolder.size > 1) for (const [folder, f] of byFolder) console.log(`FOLDER ${folder}: ${figures(f)}`);
console.log(`OVERALL over ${threads.length} threads: ${figures({ tp, fp, req, found })}`);
if (byText) {
  console.log('By matched text (remedy, text: right / wrong / optional), most wrong first:');
  const rows = [...textTally].sort(([ka, a], [kb, b]) => b.wrong - a.wrong || a.right - b.right || (ka < kb ? -1 : ka > kb ? 1 : 0));
  for (const [k, t] of rows.filter(([, t]) => t.wrong > 0)) console.log(`  ${k.replace('\t', ', ')}: ${t.right} / ${t.wrong} / ${t.optional}`);
}
console.log('Top discovery candidates on these threads:');
for (const c of rankCandidates(sightings).slice(0, 15)) console.log(`  ${c.term} (${c.commenters} commenters, ${c.mentions} mentions): ${c.example.slice(0, 100)}`);

if (!process.argv.includes('--no-timing')) {
  const texts: string[] = [];
  const authors: string[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f === 'index.md') for (const c of readPost(p.slice(CORPUS.length + 1)).comments) texts.push(maskForNlp(c.text)), authors.push(c.author);
    }
  };
  walk(join(CORPUS, 'posts'));
  const plain = createNlp();
  const time = (f: () => void) => { const t0 = performance.now(); f(); return performance.now() - t0; };
  time(() => texts.slice(0, 300).forEach((x) => plain.readDoc(x))); // warm-up
  const tPlain = time(() => texts.forEach((x) => plain.readDoc(x)));
  const docs: ReturnType<typeof nlp.readDoc>[] = [];
  const tLearned = time(() => texts.forEach((x) => docs.push(nlp.readDoc(x))));
  const found: CandidateSighting[] = [];
  const tExtract = time(() => docs.forEach((d, i) => found.push(...extractRemedies(d, matcher, { post_id: 'p', comment_id: String(i), author: authors[i] ?? '', text: texts[i] ?? '', body_line: 1 }).candidates)));
  console.log(`Timing over ${texts.length} archive comments: plain readDoc ${tPlain.toFixed(0)} ms, readDoc with remedy entities ${tLearned.toFixed(0)} ms, extractRemedies ${tExtract.toFixed(0)} ms`);
  console.log(`Added cost / plain readDoc = ${((tLearned - tPlain + tExtract) / tPlain).toFixed(2)} (extractRemedies alone ${(tExtract / tPlain).toFixed(2)})`);
  console.log('Top discovery candidates over the archive:');
  for (const c of rankCandidates(found).slice(0, 40)) console.log(`  ${c.term} (${c.commenters} commenters, ${c.mentions} mentions): ${c.example.slice(0, 100)}`);
}
