/**
 * Deterministic synthetic corpus in the archive's native format, for the benchmark: posts with YAML front matter,
 * a body, then `## Comments` with `### Name`, a date line, the text and `---`. Sizes, thread shapes, commenters,
 * the author's share, replies, links, entities and dates follow distributions measured on the real archive
 * (`synth-data.ts`). Written post by post, so memory stays flat at any size; same seed and size, same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CATEGORIES, COMMENT_BUCKETS, MEASURED, NAMES, SYLLABLES, TAGS, TITLES } from './synth-data.ts';
import {
  commentText, compileTemplate, cumulative, dateLine, drawIndex, fill, link, lognormal, mulberry32, pacificWall,
  pick, sentences, type Opening, type Rng,
} from './synth-text.ts';

/** What to generate: `comments` in total under `dir`, from `seed`; `onProgress` gets the comments written so far. */
export type SynthOptions = { dir: string; comments: number; seed: number; onProgress?: (done: number) => void };
/** What was written: posts (files), comments and bytes. */
export type SynthResult = { posts: number; comments: number; bytes: number };
/** One rendered post: its path relative to the corpus folder and its text. */
export type SynthPost = { rel: string; text: string; comments: number };

const HOUR = 3_600_000;
const START = Date.UTC(2005, 2, 1);
const END = Date.UTC(2025, 5, 1);
const MEAN_PER_POST = 7.1;
/** First comment after its post, and gaps between comments, in hours (archive: median gap 3.8 h, p75 21 h). */
const FIRST_MEDIAN_H = 5;
const GAP_MEDIAN_H = 3.8;
/** Chinese-restaurant concentration: a thread's next reader is new with probability a / (n + a). */
const NEW_READER = 5;

const HANDLES = SYLLABLES.flatMap((a) => SYLLABLES.flatMap((b) => SYLLABLES.map((c) => a[0]!.toUpperCase() + a.slice(1) + b + c)));
const READERS = [...NAMES, ...HANDLES];
/** Zipf-like popularity: a few regulars write much of the discussion, as in the archive. */
const READER_CUM = cumulative(READERS.map((_, i) => 1 / (i + 3)));
const BUCKET_CUM = cumulative(COMMENT_BUCKETS.map((b) => b[2]));
const CATEGORY_CUM = cumulative(CATEGORIES.map((c) => c[1]));
const TITLE_TEMPLATES = TITLES.map(compileTemplate);

/** Comments for the next post, drawn from the archive's histogram. */
export function drawCommentCount(rng: Rng): number {
  const [lo, hi] = COMMENT_BUCKETS[drawIndex(rng, BUCKET_CUM)]!;
  return lo + Math.floor(rng() * (hi - lo + 1));
}

/** Commenter names and openings for a thread of `n` comments: the author `MAS` answers readers, readers recur. */
export function threadAuthors(rng: Rng, n: number): { name: string; opening: Opening }[] {
  const out: { name: string; opening: Opening }[] = [];
  const readers: string[] = [];
  for (let i = 0; i < n; i++) {
    const lastReader = readers[readers.length - 1];
    if (lastReader !== undefined && rng() < 0.37) {
      const to = rng() < 0.8 ? lastReader : pick(rng, readers);
      out.push({ name: 'MAS', opening: rng() < 0.8 ? { kind: 'at', name: to } : null });
      continue;
    }
    const name = readers.length === 0 || rng() < NEW_READER / (readers.length + NEW_READER)
      ? READERS[drawIndex(rng, READER_CUM)]!
      : pick(rng, readers);
    const others = out.filter((c) => c.name !== name);
    let opening: Opening = null;
    const r = rng();
    if (others.length > 0 && r < 0.14) opening = { kind: 'at', name: pick(rng, others).name };
    else if (others.length > 0 && r < 0.22) opening = { kind: 'leading', name: pick(rng, others).name };
    out.push({ name, opening });
    readers.push(name);
  }
  return out;
}

const yamlString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const iso = (ms: number) => new Date(ms).toISOString();
const pad2 = (n: number) => (n < 10 ? '0' : '') + n;

/**
 * The next comment's time: a lognormal gap, one in ten from a slow tail (weeks later), and a gap landing in the
 * Pacific small hours (3-10 AM) redrawn once, so the time of day peaks in the afternoon and evening as in the archive.
 */
function nextTime(rng: Rng, at: number): number {
  const gap = () => Math.min(2 * 8760, rng() < 0.1 ? lognormal(rng, 400, 1.3) : lognormal(rng, GAP_MEDIAN_H, 1.9)) * HOUR;
  const next = at + gap();
  const hour = pacificWall(next).getUTCHours();
  return hour >= 3 && hour < 10 ? at + gap() : next;
}

/** Renders post number `index` published at `pubMs` with `n` comments (pure: all randomness from `rng`). */
export function renderPost(rng: Rng, index: number, pubMs: number, n: number): SynthPost {
  const title = fill(rng, pick(rng, TITLE_TEMPLATES)).replace(/(^|\s)([a-z])/g, (_, s: string, c: string) => s + c.toUpperCase());
  const slug = `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}-${index.toString(36)}`;
  const wall = pacificWall(pubMs);
  const rel = `${wall.getUTCFullYear()}/${pad2(wall.getUTCMonth() + 1)}/${slug}/index.md`;
  const paras: string[] = [];
  const nParas = 4 + Math.floor(rng() * 7);
  for (let p = 0; p < nParas; p++) {
    let para = sentences(rng, 25 + rng() * 60);
    if (rng() < 0.15) para += ` See [my earlier post](/${wall.getUTCFullYear() - 1}/0${1 + Math.floor(rng() * 9)}/notes-on-sleep/).`;
    if (rng() < 0.05) para += ` Source: ${link(rng)}`;
    paras.push(para);
    if (p === 1 && rng() < 0.04) paras.push(`### ${fill(rng, pick(rng, TITLE_TEMPLATES))}`);
  }
  const description = paras[0]!.split(' ').slice(0, 30).join(' ') + '...';
  const tags = Array.from({ length: 1 + Math.floor(rng() * 3) }, () => pick(rng, TAGS)).filter((t, i, a) => a.indexOf(t) === i);
  const modified = pubMs + Math.floor(rng() * (END - pubMs + 200 * 24 * HOUR));
  let text = `---\ntitle: ${yamlString(title)}\npubDate: ${iso(pubMs)}\nmodifiedDate: ${iso(modified - (modified % 1000))}\n` +
    `author: "MAS"\ncategories: [${yamlString(CATEGORIES[drawIndex(rng, CATEGORY_CUM)]![0])}]\n` +
    `tags: [${tags.map(yamlString).join(', ')}]\ndescription: ${yamlString(description)}\ncommentCount: ${n}\n---\n\n` +
    paras.join('\n\n');
  if (n === 0) return { rel, text, comments: 0 };
  const underscore = rng() < MEASURED.underscorePostShare;
  text += '\n\n---\n\n## Comments\n\n';
  let at = pubMs + Math.max(3, lognormal(rng, FIRST_MEDIAN_H, 1.6) * 60) * 60_000;
  for (const c of threadAuthors(rng, n)) {
    const date = dateLine(at);
    text += underscore ? `### ${c.name}\n\n_${date}_\n\n` : `### ${c.name}\n*${date}*\n\n`;
    text += `${commentText(rng, c.opening)}\n\n---\n\n`;
    at = nextTime(rng, at);
  }
  return { rel, text, comments: n };
}

/**
 * Writes a corpus of exactly `comments` comments as `<dir>/<yyyy>/<mm>/<slug>/index.md`, post by post.
 * Posts are spread evenly over 2005-2025 in publication order; the last post takes whatever count remains.
 * Existing files at the same paths are overwritten; other files in `dir` are left alone.
 */
export async function generateCorpus(options: SynthOptions): Promise<SynthResult> {
  const { dir, comments, seed, onProgress } = options;
  if (!Number.isInteger(comments) || comments < 0) throw new RangeError(`Unexpected comments ${comments}, expected an integer >= 0`);
  const rng = mulberry32(seed);
  const step = (END - START) / Math.max(1, Math.ceil(comments / MEAN_PER_POST));
  let done = 0;
  let posts = 0;
  let bytes = 0;
  while (done < comments) {
    const n = Math.min(drawCommentCount(rng), comments - done);
    const pubMs = Math.floor((START + (posts + rng()) * step) / 1000) * 1000;
    const post = renderPost(rng, posts, pubMs, n);
    const folder = path.dirname(path.join(dir, post.rel));
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'index.md'), post.text);
    bytes += Buffer.byteLength(post.text);
    done += n;
    posts++;
    onProgress?.(done);
  }
  return { posts, comments: done, bytes };
}
