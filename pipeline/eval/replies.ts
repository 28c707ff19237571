/**
 * Scores reply detection against hand-labelled threads: `../shared/gold/seed-thread.json` (or GOLD_SEED) and
 * every `test/fixtures/labelled/*.json` (`post_path` relative to the corpus root, CORPUS or the shared archive).
 * Prints, per thread and overall, the recall of labelled addressees, the replies invented for comments that
 * address nobody, and each miss. Run: `npx tsx pipeline/eval/replies.ts [gold.json ...]`.
 */
import { ARCHIVE_ROOT, SEED_GOLD } from '../shared-data.ts';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve as resolvePath } from 'node:path';
import { Diagnostics } from '../../src/diagnostics.ts';
import { parsePost } from '../../src/ingest/parse-post.ts';
import { buildAuthorResolver } from '../../src/replies/aliases.ts';
import { detectReplies } from '../../src/replies/detect.ts';
import type { ReplyComment } from '../../src/replies/detect.ts';

type GoldComment = { n: number; author: string; replyTo: string | null; replyToOptional?: boolean };
type Gold = { post_path?: string; source?: string; post: { author: string }; comments: GoldComment[] };

const corpus = process.env.CORPUS ?? ARCHIVE_ROOT;
const seedPath = process.env.GOLD_SEED ?? SEED_GOLD;
const seedPost = 'posts/2011/02/the-psychology-of-back-pain/index.md';

/** The post's comments as ingest's `parsePost` reads them; `comment_id` is replaced by `c<position>` to match labels. */
function readComments(path: string): ReplyComment[] {
  const parsed = parsePost({ bytes: readFileSync(path), source_file: path, post_id: path }, new Diagnostics());
  return parsed.comments.map((c) => ({ comment_id: `c${c.position}`, author: c.author, text: c.text, position: c.position }));
}

const USAGE = 'usage: npm run eval:replies -- [gold.json ...]   (default: the seed thread and test/fixtures/labelled/*.json)';

function goldFiles(): string[] {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    process.exit(0);
  }
  const missing = args.filter((a) => !existsSync(a));
  if (missing.length > 0) {
    console.error(`eval:replies: no such file: ${missing.join(', ')}\n${USAGE}`);
    process.exit(2);
  }
  if (args.length > 0) return args.map((a) => resolvePath(a));
  const dir = resolvePath('test/fixtures/labelled');
  const labelled = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f)) : [];
  return [seedPath, ...labelled];
}

let total = 0;
let found = 0;
let invented = 0;
let unlabelled = 0;
for (const file of goldFiles()) {
  const gold = JSON.parse(readFileSync(file, 'utf8')) as Gold;
  const postPath = join(corpus, gold.post_path ?? seedPost);
  const comments = readComments(postPath);
  const resolve = buildAuthorResolver([gold.post.author, ...comments.map((c) => c.author)]);
  const replies = detectReplies({ post_id: postPath, author: gold.post.author }, comments, resolve);
  const byComment = new Map<string, string[]>();
  for (const r of replies) byComment.set(r.comment_id, [...(byComment.get(r.comment_id) ?? []), r.reply_to_author]);
  let t = 0, f = 0, inv = 0, none = 0;
  const lines: string[] = [];
  for (const g of gold.comments) {
    const got = byComment.get(`c${g.n}`) ?? [];
    if (g.replyToOptional) continue;
    if (g.replyTo === null) {
      none++;
      if (got.length > 0) { inv++; lines.push(`  invented #${g.n} ${g.author} -> ${got.join(', ')}`); }
      continue;
    }
    t++;
    if (got.some((a) => a.toLowerCase() === resolve(g.replyTo!).toLowerCase())) f++;
    else {
      const text = comments[g.n - 1]?.text.slice(0, 70).replace(/\s+/g, ' ') ?? '';
      lines.push(`  missed #${g.n} ${g.author} -> ${g.replyTo} (got ${got.join(', ') || 'none'}): ${text}`);
    }
  }
  if (comments.length !== gold.comments.length) lines.push(`  note: ${comments.length} comments parsed, ${gold.comments.length} labelled`);
  total += t; found += f; invented += inv; unlabelled += none;
  console.log(`${gold.post_path ?? seedPost}: recall ${f}/${t} (${pct(f, t)}), invented ${inv}/${none} comments addressing nobody`);
  for (const l of lines) console.log(l);
}
console.log(`overall: recall ${found}/${total} (${pct(found, total)}), invented ${invented}/${unlabelled}`);

function pct(a: number, b: number): string {
  return b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`;
}
