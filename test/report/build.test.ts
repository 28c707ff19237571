import { describe, expect, it } from 'vitest';
import * as aq from 'arquero';
import { buildReport, renderChangesSection, spliceChangesSection } from '../../src/report/build.ts';
import { CHANGES_END, CHANGES_START } from '../../src/report/changes.ts';
import { fixtureMeta, fixtureTables, XSS_TEXT } from './fixture.ts';

const assets = { vega: '/*vega*/', vegaLite: '/*vega-lite*/', vegaEmbed: '/*vega-embed*/' };
const build = (overrides = {}, tables = fixtureTables()) => buildReport({ tables, meta: fixtureMeta(overrides), assets });

describe('buildReport', () => {
  it('matches the spec snapshot for the fixture tables', async () => {
    await expect(JSON.stringify(build().specs, null, 2) + '\n').toMatchFileSnapshot('__snapshots__/fixture-specs.json');
  });

  it('is deterministic: same input, byte-identical html and specs', () => {
    const a = build();
    const b = build();
    expect(a.html === b.html && JSON.stringify(a.specs) === JSON.stringify(b.specs)).toBe(true);
  });

  it('escapes the hostile comment everywhere in the page', () => {
    const { html } = build();
    expect(html).not.toContain('<script>window.__pwned');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
  });

  it('keeps the embedded spec JSON free of `<` so a comment cannot close the script', () => {
    const { html } = build();
    const json = /<script type="application\/json" id="threadlens-specs">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '<';
    expect(json).not.toContain('<');
    expect(json.length).toBeGreaterThan(100);
  });

  it('renders a javascript: URL as text, never as a link', () => {
    const { html } = build();
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('javascript:window.__pwned=3');
  });

  it('links post titles to the site when a site is given', () => {
    expect(build().html).toContain('href="https://example.blog/2011/02/knee-pain/"');
  });

  it('shows post titles as text without a site', () => {
    expect(build({ site: null }).html).not.toContain('href="https://example.blog');
  });

  it('inlines the three library builds', () => {
    const { html } = build();
    expect(['/*vega*/', '/*vega-lite*/', '/*vega-embed*/'].every((s) => html.includes(s))).toBe(true);
  });

  it('refers to nothing on the network except in escaped text and links', () => {
    const { html } = build({ site: null });
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/i);
  });

  it('builds a page for no tables at all, with every chart marked empty', () => {
    const { html, specs } = buildReport({ tables: {}, meta: fixtureMeta(), assets });
    expect(Object.keys(specs).length).toBe(19);
    expect(html).not.toMatch(/<div[^>]*data-chart=/);
    expect(html).toContain('No data for this chart');
  });

  it('reads date cells that arquero typed as Date objects', () => {
    const tables = fixtureTables();
    tables.activity_by_month = aq.from([{ month: new Date(Date.UTC(2011, 1, 1)), comments: 4, commenters: 3, new_commenters: 3, posts_commented: 1 }]);
    const values = (build({}, tables).specs['comments-by-month'] as { data: { values: { month: string }[] } }).data.values;
    expect(values.map((v) => v.month)).toContain('2011-02');
  });

  it('states the time zone and its evidence', () => {
    expect(build().html).toContain('America/Los_Angeles (inferred): 0 of 6 comments precede their post');
  });
});

describe('changes section', () => {
  const changes = aq.from([
    { kind: 'new-comment', post_id: 'p1', comment_id: 'p1#3', author: 'Bob <b>', detail: XSS_TEXT },
    { kind: 'new-comment', post_id: 'p1', comment_id: 'p1#4', author: 'Cy', detail: '' },
    { kind: 'new-post', post_id: 'p2', comment_id: '', author: 'Ann', detail: '' },
  ]);

  it('opens the report with counts by kind when there are changes', () => {
    const tables = { ...fixtureTables(), changes };
    const { html } = build({ changes_summary: '1 new post, 2 new comments' }, tables);
    expect(html.indexOf('Since the last run')).toBeLessThan(html.indexOf('<h2>Overview</h2>'));
    expect(html).toContain('<code>new-comment</code>: 2');
  });

  it('escapes change details', () => {
    expect(renderChangesSection(changes, null)).not.toContain('<script>');
  });

  it('is empty between its markers with no changes and no summary', () => {
    expect(renderChangesSection(undefined, null)).toBe(`${CHANGES_START}\n\n${CHANGES_END}`);
  });

  it('splices a new section into an existing page, leaving the rest identical', () => {
    const page = build({ changes_summary: 'first run' }).html;
    const spliced = spliceChangesSection(page, renderChangesSection(undefined, 'No changes since the last run.'));
    expect(spliced).toBe(build({ changes_summary: 'No changes since the last run.' }).html);
  });
});
