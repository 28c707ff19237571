import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.ts';
import { extractLinks, type LinkEnv } from '../../src/links/extract.ts';
import { siteFromOption, unknownSite } from '../../src/links/site.ts';
import { linksMalformedUrl, linksNonWebScheme, linksUnsafeScheme } from '../../src/messages/links.ts';
import { Link } from '../../src/schema/link.ts';
import { bundledRules } from './helpers.ts';

const rules = bundledRules();
const env: LinkEnv = { site: siteFromOption('https://criticalmas.org'), rules };
const ctx = { post_id: 'p1', comment_id: 'c1', body_line: 10 };
const one = (text: string, e: LinkEnv = env) => {
  const links = extractLinks(text, ctx, e);
  expect(links).toHaveLength(1);
  return links[0]!;
};

describe('extractLinks', () => {
  it('builds a full links.csv row', () => {
    expect(one('Read [this](http://www.NYTimes.com/a?utm_source=x#top).')).toEqual({
      post_id: 'p1',
      comment_id: 'c1',
      url: 'http://www.NYTimes.com/a?utm_source=x#top',
      normalized_url: 'http://www.nytimes.com/a',
      domain: 'nytimes.com',
      is_internal: false,
      link_class: 'news',
      source_line: 10,
    });
  });

  it('returns rows that satisfy the Link schema, in text order', () => {
    const links = extractLinks('http://b.com/1\n[a](/2011/01/x/)\n<a href="https://youtu.be/z">v</a>', ctx, env);
    expect(links.map((l) => Link.parse(l).url)).toEqual(['http://b.com/1', '/2011/01/x/', 'https://youtu.be/z']);
  });

  it('counts source_line from the body line given by the caller', () => {
    expect(extractLinks('one\n\nthree http://x.com/', ctx, env)[0]?.source_line).toBe(12);
  });

  it('decodes HTML entities in the URL as written', () => {
    expect(one('<a href="http://x.com/?a=1&amp;b=2">x</a>').url).toBe('http://x.com/?a=1&b=2');
    expect(one('bare http://x.com/?a=1&amp;b=2').normalized_url).toBe('http://x.com/?a=1&b=2');
  });

  it('does not read a parameter name as a legacy entity', () => {
    expect(one('http://x.com/?a=1&copy=2').url).toBe('http://x.com/?a=1&copy=2');
  });

  it('removes Markdown backslash escapes from a destination', () => {
    expect(one('[w](https://en.wikipedia.org/wiki/Borg_\\(Star_Trek\\))').url).toBe('https://en.wikipedia.org/wiki/Borg_(Star_Trek)');
  });

  it('marks relative links internal and resolves them against the site', () => {
    expect(one('[p](/2011/01/post/)')).toMatchObject({ normalized_url: 'https://criticalmas.org/2011/01/post/', domain: 'criticalmas.org', is_internal: true, link_class: 'own-blog' });
  });

  it('keeps a relative link as a path with an empty domain when the site is unknown', () => {
    expect(one('[p](/2011/01/post/)', { site: unknownSite, rules })).toMatchObject({ normalized_url: '/2011/01/post/', domain: '', is_internal: true, link_class: 'own-blog' });
  });

  it('skips links to a fragment of the same page', () => {
    expect(extractLinks('[note](#fn1)', ctx, env)).toEqual([]);
  });

  it('records javascript: and data: links as unsafe with an empty domain', () => {
    const links = extractLinks('[x](javascript:alert(1)) <a href="data:text/html,<script>1</script>">y</a>', ctx, env);
    expect(links.map((l) => [l.url, l.link_class, l.domain, l.is_internal])).toEqual([
      ['javascript:alert(1)', 'unsafe', '', false],
      ['data:text/html,<script>1</script>', 'unsafe', '', false],
    ]);
  });

  it('reports unsafe, non-web and malformed links at their line and column', () => {
    const diag = new Diagnostics();
    extractLinks('a [x](javascript:void(0))\n<mailto:me@x.com>\nhttp://[bad/', { ...ctx, source_file: 'data/raw/p1.md' }, { ...env, diag });
    expect(diag.items).toEqual([
      { file: 'data/raw/p1.md', line: 10, column: 7, ...linksUnsafeScheme('javascript:void(0)', 'javascript') },
      { file: 'data/raw/p1.md', line: 11, column: 2, ...linksNonWebScheme('mailto:me@x.com', 'mailto') },
      { file: 'data/raw/p1.md', line: 12, column: 1, ...linksMalformedUrl('http://[bad/') },
    ]);
  });
});

// The reference thread, split the way the ingest stage does: body before `## Comments`, then `### Name` blocks.
describe('the reference thread', () => {
  const file = readFileSync(new URL('../fixtures/links-reference-thread/index.md', import.meta.url), 'utf8');
  const lines = file.split('\n');
  const bodyStart = lines.indexOf('---', 1) + 1;
  const commentsAt = lines.indexOf('## Comments');
  const body = lines.slice(bodyStart, commentsAt).join('\n');
  const comments: { n: number; text: string; line: number }[] = [];
  for (let i = commentsAt; i < lines.length; i++) {
    if (!lines[i]!.startsWith('### ')) continue;
    const end = lines.indexOf('---', i);
    comments.push({ n: comments.length + 1, text: lines.slice(i + 2, end).join('\n'), line: i + 3 });
  }
  const threadEnv: LinkEnv = { site: siteFromOption('https://criticalmas.org'), rules };
  const bodyLinks = extractLinks(body, { post_id: 'seed', comment_id: '', body_line: bodyStart + 1 }, threadEnv);
  const hostOf = (l: Link) => new URL(l.normalized_url).hostname;

  it('has 25 comments', () => {
    expect(comments).toHaveLength(25);
  });

  it('finds 4 internal and 2 external links in the post body', () => {
    expect(bodyLinks.filter((l) => l.is_internal)).toHaveLength(4);
    expect(bodyLinks.filter((l) => !l.is_internal).map((l) => [l.domain, l.link_class])).toEqual([
      ['ssl-images-amazon.com', 'book-or-shop'],
      ['conditioningresearch.blogspot.com', 'blog-or-other'],
    ]);
  });

  it('gives each post-body link the file line it is written on', () => {
    for (const l of bodyLinks) expect(lines[l.source_line - 1]).toContain(l.url);
  });

  // hosts per comment from the hand labels in gold/seed-thread.json
  const gold: Record<number, string[]> = {
    1: ['conditioningresearch.blogspot.jp'],
    2: ['conditioningresearch.blogspot.jp'],
    3: ['conditioningresearch.blogspot.jp'],
    10: ['www.bettermovement.org'],
    12: ['freetheanimal.com'],
    20: ['en.wikipedia.org'],
  };

  it('finds the labelled hosts in every comment and nothing else', () => {
    const found = Object.fromEntries(
      comments.map((c) => [c.n, extractLinks(c.text, { post_id: 'seed', comment_id: String(c.n), body_line: c.line }, threadEnv).map(hostOf)]),
    );
    const expected = Object.fromEntries(comments.map((c) => [c.n, gold[c.n] ?? []]));
    expect(found).toEqual(expected);
  });

  it('gives the comment links their domain, internal flag, class and line', () => {
    const rows = comments.flatMap((c) => extractLinks(c.text, { post_id: 'seed', comment_id: String(c.n), body_line: c.line }, threadEnv));
    expect(rows.map((l) => [l.comment_id, l.domain, l.is_internal, l.link_class])).toEqual([
      ['1', 'conditioningresearch.blogspot.jp', false, 'blog-or-other'],
      ['2', 'conditioningresearch.blogspot.jp', false, 'blog-or-other'],
      ['3', 'conditioningresearch.blogspot.jp', false, 'blog-or-other'],
      ['10', 'bettermovement.org', false, 'blog-or-other'],
      ['12', 'freetheanimal.com', false, 'blog-or-other'],
      ['20', 'wikipedia.org', false, 'encyclopedia'],
    ]);
    for (const l of rows) expect(lines[l.source_line - 1]).toBe(l.url);
  });
});
