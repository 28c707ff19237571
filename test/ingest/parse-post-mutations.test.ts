import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.ts';
import { parsePost } from '../../src/ingest/parse-post.ts';

// The sample posts, as real threads to damage.
const SAMPLE = path.resolve(import.meta.dirname, '../../data/raw');
const POSTS = (readdirSync(SAMPLE, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => readFileSync(path.join(SAMPLE, f), 'utf8'));

// What hand-edited and exported threads get wrong: stray markers, half-written headings and dates, binary junk.
const JUNK = ['\u0000', '---', '### ', '\n', '*', '## Comments', '<script>', '# ', '`', '```', ':', '\uFFFD', '\n### \n', '*January 32 at 2011 at 25:61 PM*', '\n\n### Late Reader\n*March 3 at 2025 at 9:15 AM*\n\nHello\n\n---\n'];

const mutated = fc
  .record({ post: fc.integer({ min: 0, max: POSTS.length - 1 }), edits: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...JUNK)), { minLength: 1, maxLength: 5 }) })
  .map(({ post, edits }) => edits.reduce((text, [where, junk]) => { const at = Math.floor(where * text.length); return text.slice(0, at) + junk + text.slice(at); }, POSTS[post]!));

/**
 * The 1-based lines, under the last `## Comments` heading (an earlier one is reported, and what follows it read as the
 * post's body) and outside code fences, of `### ` headings whose next line is a `*date*` line.
 */
function commentStarts(text: string): number[] {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const from = lines.findLastIndex((l) => l.trimEnd() === '## Comments');
  const out: number[] = [];
  let fenced = false;
  for (let i = from + 1; from >= 0 && i < lines.length; i++) {
    if (lines[i]!.startsWith('```')) fenced = !fenced;
    if (!fenced && /^###\s+\S/.test(lines[i]!) && /^\*.+\*\s*$/.test(lines[i + 1] ?? '')) out.push(i + 1);
  }
  return out;
}

describe('parsePost on damaged threads', () => {
  it('never throws, and every heading with a date line becomes a comment or is named by a diagnostic', () => {
    fc.assert(
      fc.property(mutated, (text) => {
        const diag = new Diagnostics();
        const { comments } = parsePost({ bytes: new Uint8Array(Buffer.from(text)), source_file: 'x.md', post_id: 'x' }, diag);
        const accounted = new Set([...comments.map((c) => c.source_line), ...diag.items.map((d) => d.line)]);
        expect(commentStarts(text).filter((line) => !accounted.has(line))).toEqual([]);
      }),
      { numRuns: 300, seed: 20261124 },
    );
  });
});
