import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePost } from '../../src/analyze/analyze-post.ts';
import { createAnalyzer } from '../../src/analyze/analyzer.ts';
import { packAnalysis } from '../../src/analyze/record-codec.ts';
import { planReuse } from '../../src/analyze/reuse.ts';
import { Diagnostics } from '../../src/diagnostics.ts';
import { parsePost } from '../../src/ingest/parse-post.ts';
import { parseConfig, readConfigTexts } from '../../pipeline/config.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const POST = '2011/02/the-psychology-of-back-pain/index.md';

const comment = (name: string, day: number, text: string) => `### ${name}\n*February ${day} at 2011 at 8:28 PM*\n\n${text}\n\n---\n\n`;
const parse = (text: string) => parsePost({ bytes: Buffer.from(text), source_file: 'p/index.md', post_id: 'p' }, new Diagnostics());
const head = (body: string) => `---\ntitle: "T"\npubDate: 2011-02-01T10:00:00.000Z\nauthor: "MAS"\n---\n\n${body}\n\n## Comments\n\n`;

describe('planReuse', async () => {
  const config = parseConfig(await readConfigTexts({ timezone: 'auto' }), { timezone: 'auto' }, new Diagnostics());
  const analyzer = createAnalyzer(config.analyzer);
  // What a worker sends back: the results of the texts it is given, packed.
  const read = (post: ReturnType<typeof parse>['post'], comments: ReturnType<typeof parse>['comments'], readBody = true) =>
    packAnalysis(analyzePost(post, comments, analyzer, readBody), post, comments);
  const analyse = (p: ReturnType<typeof parse>) => ({ ...p, analysis: read(p.post, p.comments) });
  const a = comment('Ann', 2, 'Magnesium helped my sleep. Foam rolling did nothing, try www.example.com.');
  const b = comment('Bo', 3, '@Ann I take fish oil and walk daily; ibuprofen never helped.');
  const c = comment('Cy', 4, 'Great post, thanks!');
  const d = comment('Di', 5, 'Dr. Sarno saved my back. Ice cream is not ice.');
  const cases: [string, string, string][] = [
    ['a comment appended', head('Body about yoga.') + a + b, head('Body about yoga.') + a + b + c + d],
    ['a comment edited', head('Body about yoga.') + a + b + c, head('Body about yoga.') + a + b.replace('fish oil', 'turmeric') + c],
    ['a comment removed', head('Body about yoga.') + a + b + c, head('Body about yoga.') + a + c],
    ['the body edited', head('Body about yoga.') + a + b, head('Body about pilates and yoga.') + a + b],
    ['a line added above every comment', head('Body about yoga.') + a + b, head('Body about yoga.\n\nMore.') + a + b],
  ];
  for (const [what, before, after] of cases) {
    it(`gives what reading the whole post gives when ${what}`, () => {
      const previous = analyse(parse(before));
      const next = parse(after);
      const plan = planReuse(previous, next.post, next.comments);
      expect(plan.merge(read(next.post, plan.toRead, plan.readBody))).toEqual(read(next.post, next.comments));
    });
  }

  it('reads only what changed', () => {
    const previous = analyse(parse(head('Body about yoga.') + a + b));
    const appended = parse(head('Body about yoga.') + a + b + c);
    const plan = planReuse(previous, appended.post, appended.comments);
    expect(plan.readBody).toBe(false);
    expect(plan.toRead.map((x) => x.author)).toEqual(['Cy']);
    // Shifted lines change every row's source line: everything is read again.
    const shifted = parse(head('Body about yoga.\n\nMore.') + a + b);
    const all = planReuse(previous, shifted.post, shifted.comments);
    expect([all.readBody, all.toRead.length]).toEqual([true, 2]);
  });

  it('reads everything without a previous record, or with comment ids that repeat', () => {
    const real = parse(readFileSync(path.join(ROOT, 'data/raw', POST), 'utf8'));
    expect(planReuse(undefined, real.post, real.comments).toRead).toHaveLength(real.comments.length);
    const once = parse(head('Body.') + a + b);
    const same = once.comments.map((x) => ({ ...x, comment_id: 'same' }));
    expect(planReuse(analyse(once), once.post, same).toRead).toHaveLength(2);
    expect(planReuse({ ...analyse(once), comments: same }, once.post, once.comments).toRead).toHaveLength(2);
  });
});
