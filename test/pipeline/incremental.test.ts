import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROOT, readTree, runQuiet, tempWorkspace } from './helpers.ts';

const SAMPLE = path.join(ROOT, 'data/raw');

function postFiles(input: string): string[] {
  return (readdirSync(input, { recursive: true }) as string[]).filter((f) => f.endsWith('.md')).sort();
}

/** One random edit of the corpus: append, edit or delete a comment, delete or add a post. */
type Edit =
  | { kind: 'append'; post: number; text: string }
  | { kind: 'edit'; post: number; nth: number; text: string }
  | { kind: 'delete-comment'; post: number; nth: number }
  | { kind: 'delete-post'; post: number }
  | { kind: 'add-post'; id: number; text: string };

const words = fc.constantFrom('magnesium', 'helped', 'my', 'back', 'pain', '@MAS', 'Thanks Glenn,', 'ice', 'never', 'worse', 'http://example.com/x', 'foam rolling', 'great', 'post');
const sentence = fc.array(words, { minLength: 3, maxLength: 12 }).map((w) => w.join(' ') + '.');
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('append' as const), post: fc.nat(), text: sentence }),
  fc.record({ kind: fc.constant('edit' as const), post: fc.nat(), nth: fc.nat(), text: sentence }),
  fc.record({ kind: fc.constant('delete-comment' as const), post: fc.nat(), nth: fc.nat() }),
  fc.record({ kind: fc.constant('delete-post' as const), post: fc.nat() }),
  fc.record({ kind: fc.constant('add-post' as const), id: fc.nat({ max: 999 }), text: sentence }),
);

function apply(input: string, e: Edit, step: number): void {
  const files = postFiles(input);
  if (e.kind === 'add-post') {
    const file = path.join(input, `2024/01/new-post-${e.id}-${step}/index.md`);
    const body = `---\ntitle: "New ${e.id}"\npubDate: 2024-01-0${1 + (e.id % 9)}T10:00:00.000Z\nauthor: "MAS"\ncommentCount: 1\n---\n\nA post about magnesium.\n\n---\n\n## Comments\n\n### Reader${e.id}\n*January 20 at 2024 at 9:00 AM*\n\n${e.text}\n\n---\n`;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, body);
    return;
  }
  if (files.length === 0) return;
  const file = path.join(input, files[e.post % files.length]!);
  if (e.kind === 'delete-post') {
    unlinkSync(file);
    return;
  }
  const text = readFileSync(file, 'utf8');
  if (e.kind === 'append') {
    writeFileSync(file, `${text.trimEnd()}\n\n### Newcomer\n*March 3 at 2025 at 9:15 AM*\n\n${e.text}\n\n---\n`);
    return;
  }
  const heads = [...text.matchAll(/^### .*$/gm)].map((m) => m.index);
  const at = text.lastIndexOf('\n## Comments');
  const inComments = heads.filter((i) => i > at);
  if (inComments.length === 0) return;
  const start = inComments[e.nth % inComments.length]!;
  const next = text.indexOf('\n---\n', start);
  if (next < 0) return;
  if (e.kind === 'edit') {
    writeFileSync(file, text.slice(0, next) + ` ${e.text}` + text.slice(next));
  } else {
    writeFileSync(file, text.slice(0, start) + text.slice(next + '\n---\n'.length));
  }
}

describe('incremental runs', () => {
  it('give byte-identical tables and report to a --full run from the same previous state, after any edits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), async (edits) => {
        const a = tempWorkspace(SAMPLE);
        try {
          await runQuiet({ input: a.input, derived: a.derived, report: a.report });
          for (const [i, e] of edits.entries()) {
            apply(a.input, e, i);
            if (i < edits.length - 1) await runQuiet({ input: a.input, derived: a.derived, report: a.report });
          }
          const b = { derived: path.join(a.dir, 'derived-b'), report: path.join(a.dir, 'reports-b') };
          cpSync(a.derived, b.derived, { recursive: true });
          cpSync(a.report, b.report, { recursive: true });
          await runQuiet({ input: a.input, derived: a.derived, report: a.report });
          await runQuiet({ input: a.input, ...b, full: true });
          expect(readTree(a.derived)).toEqual(readTree(b.derived));
          expect(readTree(a.report)).toEqual(readTree(b.report));
        } finally {
          rmSync(a.dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 6, seed: 20261123 },
    );
  });

  it('report exactly one new comment after one is appended, and reanalyse only that post', async () => {
    const ws = tempWorkspace(SAMPLE);
    try {
      await runQuiet({ input: ws.input, derived: ws.derived, report: ws.report });
      const file = path.join(ws.input, '2011/02/the-psychology-of-back-pain/index.md');
      writeFileSync(file, readFileSync(file, 'utf8') + '\n### Newcomer\n*March 3 at 2025 at 9:15 AM*\n\nThanks MAS, magnesium helped.\n\n---\n');
      const r = await runQuiet({ input: ws.input, derived: ws.derived, report: ws.report });
      expect(r.analysed).toBe(1);
      // The corpus stage's NLP-free part was done before the new comment's analysis was awaited.
      expect(r.overlapped).toBe(true);
      expect(r.log).toContain('[stale: content changed] ' + file.split(path.sep).join('/'));
      const changes = readFileSync(path.join(ws.derived, 'changes.csv'), 'utf8').trim().split('\n').slice(1);
      expect(changes.filter((l) => l.startsWith('new-comment,'))).toHaveLength(1);
      expect(changes.some((l) => l.startsWith('new-commenter,') && l.includes('Newcomer'))).toBe(true);
      expect(readFileSync(path.join(ws.report, 'report.html'), 'utf8')).toContain('new-comment');
    } finally {
      rmSync(ws.dir, { recursive: true, force: true });
    }
  });

  it('copies the rows of untouched posts from the previous tables, and only from files the manifest vouches for', async () => {
    // A word of an untouched post is changed in the previous comments.csv (same length). With the manifest's digest
    // updated to match, the rerun copies the doctored row: the rows were copied, not formatted. Without, it does not.
    for (const vouched of [true, false]) {
      const ws = tempWorkspace(SAMPLE);
      try {
        await runQuiet({ input: ws.input, derived: ws.derived, report: ws.report });
        const csv = path.join(ws.derived, 'comments.csv');
        const before = readFileSync(csv, 'utf8');
        expect(before).toContain('the-psychology-of-back-pain');
        writeFileSync(csv, before.replace(/(the-psychology-of-back-pain,\d+,Chris,[^\n]*?)Thanks/, '$1THANKS'));
        expect(readFileSync(csv, 'utf8')).not.toBe(before);
        if (vouched) {
          const manifest = path.join(ws.derived, '.threadlens-manifest.json');
          const header = JSON.parse(readFileSync(manifest, 'utf8'));
          header.outputs[csv] = createHash('sha256').update(readFileSync(csv)).digest('hex');
          writeFileSync(manifest, JSON.stringify(header));
        }
        const file = path.join(ws.input, '2019/11/my-battle-with-meetup-com/index.md');
        writeFileSync(file, readFileSync(file, 'utf8').trimEnd() + '\n\n### Newcomer\n*March 3 at 2025 at 9:15 AM*\n\nStretching helped.\n\n---\n');
        const r = await runQuiet({ input: ws.input, derived: ws.derived, report: ws.report });
        expect(r.analysed).toBe(1);
        const after = readFileSync(csv, 'utf8');
        expect(after).toContain('Stretching helped.');
        expect(after.includes('THANKS')).toBe(vouched);
      } finally {
        rmSync(ws.dir, { recursive: true, force: true });
      }
    }
  });

  it('says why each file is stale when the lexicon changes, and --full recomputes everything', async () => {
    const ws = tempWorkspace(SAMPLE);
    try {
      await runQuiet({ input: ws.input, derived: ws.derived, report: ws.report });
      const lexicon = path.join(ws.dir, 'extra.yaml');
      writeFileSync(lexicon, '- id: feldenkrais\n  label: Feldenkrais\n  category: exercise-and-movement\n  phrases: [feldenkrais]\n');
      const r = await runQuiet({ input: ws.input, derived: ws.derived, report: ws.report, lexicon });
      expect(r.log).toMatch(/\d+ \[stale: lexicon changed\]/);
      const again = await runQuiet({ input: ws.input, derived: ws.derived, report: ws.report, lexicon });
      expect(again.corpusSkipped).toBe(true);
      const full = await runQuiet({ input: ws.input, derived: ws.derived, report: ws.report, lexicon, full: true });
      expect(full.log).toMatch(/\d+ \[stale: --full\]/);
      expect(full.corpusSkipped).toBe(false);
    } finally {
      rmSync(ws.dir, { recursive: true, force: true });
    }
  });

  it('replays the diagnostics of a cached configuration and re-parses it when the lexicon file changes', async () => {
    const ws = tempWorkspace(SAMPLE);
    try {
      const lexicon = path.join(ws.dir, 'extra.yaml');
      writeFileSync(lexicon, '- id: feldenkrais\n  label: Feldenkrais\n  category: exercise-and-movement\n  phrases: [feldenkrais]\n- id: Bad Id\n  label: x\n  category: drugs\n');
      const opts = { input: ws.input, derived: ws.derived, report: ws.report, lexicon };
      await runQuiet(opts);
      const badId = (dir: string) => readFileSync(path.join(dir, 'diagnostics.csv'), 'utf8').split('\n').filter((l) => l.includes('extra.yaml'));
      expect(badId(ws.derived)).toHaveLength(1);
      const file = path.join(ws.input, postFiles(ws.input)[0]!);
      writeFileSync(file, readFileSync(file, 'utf8').trimEnd() + '\n\n### Newcomer\n*March 3 at 2025 at 9:15 AM*\n\nFeldenkrais helped.\n\n---\n');
      const rerun = await runQuiet(opts);
      expect(rerun.analysed).toBe(1);
      expect(badId(ws.derived)).toHaveLength(1);
      expect(readFileSync(path.join(ws.derived, 'remedy_mentions.csv'), 'utf8')).toContain(',feldenkrais,');
      // The lexicon file changes: the cached configuration no longer applies.
      writeFileSync(lexicon, '- id: feldenkrais\n  label: Feldenkrais\n  category: exercise-and-movement\n  phrases: [feldenkrais]\n');
      await runQuiet(opts);
      expect(badId(ws.derived)).toHaveLength(0);
      const full = tempWorkspace(SAMPLE);
      try {
        cpSync(ws.input, full.input, { recursive: true });
        await runQuiet({ input: full.input, derived: full.derived, report: full.report, lexicon, full: true });
        expect(readFileSync(path.join(ws.derived, 'remedy_mentions.csv'), 'utf8')).toBe(readFileSync(path.join(full.derived, 'remedy_mentions.csv'), 'utf8'));
      } finally {
        rmSync(full.dir, { recursive: true, force: true });
      }
    } finally {
      rmSync(ws.dir, { recursive: true, force: true });
    }
  });

  it('drops a deleted post from every table', async () => {
    const ws = tempWorkspace(SAMPLE);
    try {
      await runQuiet({ input: ws.input, derived: ws.derived, report: ws.report });
      rmSync(path.join(ws.input, '2011/02'), { recursive: true });
      const r = await runQuiet({ input: ws.input, derived: ws.derived, report: ws.report });
      expect(r.log).toContain('[removed]');
      expect(readFileSync(path.join(ws.derived, 'comments.csv'), 'utf8')).not.toContain('the-psychology-of-back-pain');
      expect(readFileSync(path.join(ws.derived, 'changes.csv'), 'utf8')).toContain('removed-post,2011/02/the-psychology-of-back-pain');
    } finally {
      rmSync(ws.dir, { recursive: true, force: true });
    }
  });
});
