import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runQuiet, tempWorkspace } from './helpers.ts';

const rows = (file: string) => {
  const [head, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const cols = head!.split(',');
  // These fixture tables hold no quoted commas in the columns read here.
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i], v])));
};

// Posts as Jekyll and Hugo keep them: `date`/`publishDate`/`lastmod` keys, a `.markdown` file, counted comments
// headings and the comment date forms WordPress and others print.
describe('a thread exported by another engine', () => {
  it('is read whole: every post dated, every comment timed, the nested reply linked, one warning', async () => {
    const ws = tempWorkspace(path.join(ROOT, 'test/fixtures/other-engine'));
    try {
      const run = await runQuiet({ input: ws.input, derived: ws.derived, report: ws.report });
      expect([run.exitCode, run.posts, run.comments]).toEqual([0, 2, 6]);
      const diagnostics = rows(path.join(ws.derived, 'diagnostics.csv'));
      expect(diagnostics.map((d) => [d.line, d.severity, d.rule_id])).toEqual([['16', 'warning', 'ingest:nested-comment-heading']]);
      const posts = rows(path.join(ws.derived, 'posts.csv'));
      expect(posts.map((p) => [p.post_id, p.published_utc, p.modified_utc])).toEqual([
        ['_posts/2011-02-04-back-pain-and-stress', '2011-02-04T18:00:00.000Z', ''],
        ['_posts/2012-06-10-sprints', '2012-06-10T16:00:00.000Z', '2012-06-12T16:00:00.000Z'],
      ]);
      const text = readFileSync(path.join(ws.derived, 'comments.csv'), 'utf8');
      for (const local of ['2011-02-04T20:28:00', '2011-02-04T21:02:00', '2011-02-05T08:15:00', '2012-06-10T20:28:00', '2012-06-10T21:15:00', '2012-06-11T07:05:00']) {
        expect(text).toContain(local);
      }
      const outcomes = rows(path.join(ws.derived, 'remedy_mentions.csv')).map((m) => `${m.remedy_id}:${m.outcome}`);
      expect(outcomes).toEqual(expect.arrayContaining(['magnesium:helped', 'foam-rolling:helped', 'sprints:no-effect']));
      const replies = rows(path.join(ws.derived, 'replies.csv')).map((r) => [r.reply_to_author, r.cue]);
      expect(replies).toEqual(expect.arrayContaining([['Ann', 'at-mention'], ['Cara', 'nested']]));
    } finally {
      rmSync(ws.dir, { recursive: true, force: true });
    }
  });
});
