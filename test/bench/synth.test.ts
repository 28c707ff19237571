import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tzOffset } from '@date-fns/tz';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, threadAuthors, type SynthResult } from '../../pipeline/bench/synth.ts';
import { commentText, dateLine, mulberry32, pacificOffset } from '../../pipeline/bench/synth-text.ts';
import { Diagnostics } from '../../src/diagnostics.ts';
import { parsePost } from '../../src/ingest/parse-post.ts';
import { postIdFromPath } from '../../src/ingest/post-id.ts';

const SIZE = 200;
const DATE = /^(?:\*(.+)\*|_(.+)_)$/;
const NATIVE = /^([A-Z][a-z]+) (\d{1,2}) at (\d{4}) at (\d{1,2}):(\d{2}) (AM|PM)$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

let tmp: string;
let first: SynthResult;
const files = (dir: string): string[] =>
  (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('index.md')).sort();
const corpus = () => path.join(tmp, 'a');
const read = (rel: string) => readFileSync(path.join(corpus(), rel), 'utf8');
const commentsSection = (text: string) => text.slice(text.lastIndexOf('\n## Comments\n') + 1).split('\n');

/** Wall time (as UTC fields) of a native date line, or null when it does not parse. */
function wallOf(line: string): number | null {
  const m = NATIVE.exec(line);
  if (!m) return null;
  const month = MONTHS.indexOf(m[1]!);
  const hour = (Number(m[4]) % 12) + (m[6] === 'PM' ? 12 : 0);
  const day = Number(m[2]);
  if (month < 0 || day < 1 || day > 31 || Number(m[4]) < 1 || Number(m[4]) > 12 || Number(m[5]) > 59) return null;
  return Date.UTC(Number(m[3]), month, day, hour, Number(m[5]));
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'synth-test-'));
  first = await generateCorpus({ dir: corpus(), comments: SIZE, seed: 7 });
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('generateCorpus', () => {
  it('writes exactly the requested number of comments and reports the files and bytes written', () => {
    const list = files(corpus());
    expect(first.comments).toBe(SIZE);
    expect(list.length).toBe(first.posts);
    expect(list.every((f) => /^\d{4}\/\d{2}\/[a-z0-9-]+\/index\.md$/.test(f.split(path.sep).join('/')))).toBe(true);
    expect(list.reduce((n, f) => n + statSync(path.join(corpus(), f)).size, 0)).toBe(first.bytes);
  });

  it('is byte-identical for the same seed and size', async () => {
    const again = await generateCorpus({ dir: path.join(tmp, 'b'), comments: SIZE, seed: 7 });
    expect(again).toEqual(first);
    const list = files(corpus());
    expect(files(path.join(tmp, 'b'))).toEqual(list);
    for (const f of list) expect(readFileSync(path.join(tmp, 'b', f)).equals(readFileSync(path.join(corpus(), f)))).toBe(true);
  });

  it('differs for another seed', async () => {
    await generateCorpus({ dir: path.join(tmp, 'c'), comments: SIZE, seed: 8 });
    const a = files(corpus()).map(read).join('');
    const c = files(path.join(tmp, 'c')).map((f) => readFileSync(path.join(tmp, 'c', f), 'utf8')).join('');
    expect(c).not.toBe(a);
  });

  it('gives every post a commentCount equal to the ### headings under ## Comments', () => {
    let total = 0;
    for (const f of files(corpus())) {
      const text = read(f);
      const declared = Number(/^commentCount: (\d+)$/m.exec(text)?.[1]);
      const headings = text.includes('\n## Comments\n') ? commentsSection(text).filter((l) => l.startsWith('### ')).length : 0;
      expect(headings, f).toBe(declared);
      total += declared;
    }
    expect(total).toBe(SIZE);
  });

  it('writes date lines that parse, in order, after the post (read as Pacific time)', () => {
    let lines = 0;
    for (const f of files(corpus())) {
      const text = read(f);
      if (!text.includes('\n## Comments\n')) continue;
      const pub = Date.parse(/^pubDate: (\S+)$/m.exec(text)![1]!);
      const dates = commentsSection(text).filter((l) => DATE.test(l)).map((l) => DATE.exec(l)!.slice(1).find(Boolean)!);
      let prev = -Infinity;
      for (const d of dates) {
        const wall = wallOf(d);
        expect(wall, d).not.toBeNull();
        const utc = Math.min(...[-7, -8].map((h) => wall! - h * 3_600_000).filter((u) => pacificOffset(u) * 3_600_000 === wall! - u));
        expect(utc).toBeGreaterThanOrEqual(pub - 60_000);
        expect(utc).toBeGreaterThanOrEqual(prev);
        prev = utc;
        lines++;
      }
    }
    expect(lines).toBe(SIZE);
  });

  it('is read by the ingest stage without errors, and with every comment', () => {
    let comments = 0;
    for (const f of files(corpus())) {
      const diag = new Diagnostics();
      const rel = f.split(path.sep).join('/');
      const parsed = parsePost({ bytes: readFileSync(path.join(corpus(), f)), source_file: rel, post_id: postIdFromPath(rel) }, diag);
      expect(diag.items.filter((d) => d.severity !== 'info'), rel).toEqual([]);
      comments += parsed.comments.length;
    }
    expect(comments).toBe(SIZE);
  });

  it('reports progress up to the total and writes nothing for zero comments', async () => {
    const seen: number[] = [];
    const empty = await generateCorpus({ dir: path.join(tmp, 'd'), comments: 0, seed: 1, onProgress: (n) => seen.push(n) });
    expect(empty).toEqual({ posts: 0, comments: 0, bytes: 0 });
    await generateCorpus({ dir: path.join(tmp, 'e'), comments: 50, seed: 1, onProgress: (n) => seen.push(n) });
    expect(seen.at(-1)).toBe(50);
    expect(seen.every((n, i) => i === 0 || n >= seen[i - 1]!)).toBe(true);
  });

  it('rejects a size that is not a non-negative integer', async () => {
    await expect(generateCorpus({ dir: path.join(tmp, 'f'), comments: -1, seed: 1 })).rejects.toThrow(RangeError);
  });
});

describe('synthetic text and times', () => {
  it('mulberry32 repeats its sequence for a seed', () => {
    const a = mulberry32(123);
    const b = mulberry32(123);
    const xs = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('pacificOffset agrees with the IANA America/Los_Angeles zone, 2005-2025, every 6 hours', () => {
    const mismatches: string[] = [];
    for (let t = Date.UTC(2005, 0, 1); t < Date.UTC(2026, 0, 1); t += 6 * 3_600_000 + 60_000) {
      if (pacificOffset(t) * 60 !== tzOffset('America/Los_Angeles', new Date(t))) mismatches.push(new Date(t).toISOString());
    }
    expect(mismatches).toEqual([]);
  });

  it('dateLine writes the archive format in Pacific time', () => {
    expect(dateLine(Date.UTC(2011, 1, 5, 4, 28))).toBe('February 4 at 2011 at 8:28 PM');
    expect(dateLine(Date.UTC(2014, 6, 1, 7, 5))).toBe('July 1 at 2014 at 12:05 AM');
  });

  it('gives the author about a third of the comments and several readers per thread', () => {
    const rng = mulberry32(5);
    let mas = 0;
    let readers = 0;
    for (let i = 0; i < 1000; i++) {
      const thread = threadAuthors(rng, 10);
      mas += thread.filter((c) => c.name === 'MAS').length;
      readers += new Set(thread.filter((c) => c.name !== 'MAS').map((c) => c.name)).size;
    }
    expect(mas / 10_000).toBeGreaterThan(0.25);
    expect(mas / 10_000).toBeLessThan(0.42);
    expect(readers / 1000).toBeGreaterThan(3);
  });

  it('writes comments of about the archive mean length (~430 characters) with replies and links', () => {
    const rng = mulberry32(9);
    const texts = Array.from({ length: 4000 }, (_, i) => commentText(rng, i % 3 === 0 ? { kind: 'at', name: 'Chris' } : null));
    const mean = texts.reduce((n, t) => n + t.length, 0) / texts.length;
    expect(mean).toBeGreaterThan(360);
    expect(mean).toBeLessThan(520);
    expect(texts.filter((t) => t.startsWith('@Chris')).length).toBe(1334);
    expect(texts.filter((t) => /https?:\/\//.test(t)).length).toBeGreaterThan(200);
    expect(texts.some((t) => t.includes('&amp;') || t.includes('&gt;') || t.includes('&#039;'))).toBe(true);
  });
});
