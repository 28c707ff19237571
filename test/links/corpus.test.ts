// Runs the links stage over the whole Critical MAS archive when it is present (skipped elsewhere).
import { ARCHIVE_POSTS } from '../../pipeline/shared-data.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractLinks } from '../../src/links/extract.ts';
import { inferSite } from '../../src/links/site.ts';
import { Link } from '../../src/schema/link.ts';
import { bundledRules } from './helpers.ts';

const ROOT = ARCHIVE_POSTS;
const present = existsSync(ROOT);

function postFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? postFiles(join(dir, e.name)) : e.name === 'index.md' ? [join(dir, e.name)] : [],
  );
}

// vitest still runs a skipped describe's body to collect its tests, so nothing may be read when the archive is absent.
describe.skipIf(!present)(`the archive (skipped: ${ROOT} not found)`, () => {
  const rules = bundledRules();
  const posts = (present ? postFiles(ROOT) : []).map((file) => {
    const text = readFileSync(file, 'utf8');
    const start = text.indexOf('\n---\n', 3) + 5;
    const comments = text.lastIndexOf('\n## Comments\n');
    return { file, text, body: text.slice(start, comments > 0 ? comments : undefined), comments: comments > 0 ? text.slice(comments) : '' };
  });

  it('infers criticalmas.org as the blog from the post bodies', () => {
    expect(inferSite(posts.map((p) => p.body))).toEqual({ host: 'criticalmas.org', origin: 'https://criticalmas.org' });
  });

  it('gives valid rows with no whitespace in a normalized URL and a domain for every absolute web link', () => {
    const site = inferSite(posts.map((p) => p.body));
    const rows = posts.flatMap((p) => [
      ...extractLinks(p.body, { post_id: p.file, comment_id: '', body_line: 1 }, { site, rules }),
      ...extractLinks(p.comments, { post_id: p.file, comment_id: 'all', body_line: 1 }, { site, rules }),
    ]);
    expect(rows.length).toBeGreaterThan(5000);
    for (const row of rows) {
      Link.parse(row);
      // an href may hold a space (the archive's `[phone removed]`); the normalized form percent-encodes it
      expect(row.normalized_url).not.toMatch(/\s/);
      if (/^https?:/.test(row.normalized_url)) expect(row.domain).not.toBe('');
    }
    const internal = rows.filter((r) => r.is_internal);
    expect(internal.every((r) => r.link_class === 'own-blog' && r.domain === 'criticalmas.org')).toBe(true);
  });
});
