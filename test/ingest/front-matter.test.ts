import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.ts';
import { readFrontMatter } from '../../src/ingest/front-matter.ts';
import { ingestInvalidField, ingestMissingField, ingestUnclosedFrontMatter } from '../../src/messages/ingest.ts';

const read = (text: string) => {
  const diag = new Diagnostics();
  return { ...readFrontMatter(text.split('\n'), 'f.md', diag), diag: diag.items };
};

describe('readFrontMatter', () => {
  it('keeps known and unknown keys and finds where the body starts', () => {
    const r = read('---\ntitle: "T"\npubDate: 2011-02-05T04:06:26.000Z\nlayout: post\n---\nbody');
    expect(r.data).toMatchObject({ title: 'T', pubDate: '2011-02-05T04:06:26.000Z', layout: 'post' });
    expect(r.body_index).toBe(5);
    expect(r.key_lines).toEqual({ title: 2, pubDate: 3, layout: 4 });
    expect(r.diag).toEqual([]);
  });
  it('reports an invalid value at its own line and column and drops it', () => {
    const r = read('---\ntitle: T\npubDate: 2011-02-05T04:06:26.000Z\ncommentCount: -3\n---');
    expect(r.data.commentCount).toBeUndefined();
    expect(r.diag).toEqual([{ file: 'f.md', line: 4, column: 15, ...ingestInvalidField('commentCount', '-3', 'a whole number of 0 or more') }]);
  });
  it('rejects a time zone that is not IANA', () => {
    const r = read('---\ntitle: T\npubDate: x\ntimezone: Pacific Time\n---');
    expect(r.diag.map((d) => [d.rule_id, d.line])).toEqual([['ingest:invalid-field', 4]]);
    expect(r.data.timezone).toBeUndefined();
  });
  it("reads other engines' date keys when the archive's own are absent, and names them as written", () => {
    const r = read('---\ntitle: T\ndate: 2011-02-05T04:06:26.000Z\nlastmod: 2012-01-01T00:00:00Z\n---');
    expect(r.data).toMatchObject({ pubDate: '2011-02-05T04:06:26.000Z', modifiedDate: '2012-01-01T00:00:00Z' });
    expect(r.names).toEqual({ pubDate: 'date', modifiedDate: 'lastmod' });
    expect(r.diag).toEqual([]);
    const own = read('---\ntitle: T\npubDate: 2011-02-05T04:06:26.000Z\ndate: 1999-01-01\n---');
    expect([own.data.pubDate, own.names]).toEqual(['2011-02-05T04:06:26.000Z', {}]);
    const bad = read('---\ntitle: T\npublished: ""\n---');
    expect(bad.diag.map((d) => [d.line, d.message])).toEqual([[3, ingestInvalidField('published', '""', 'an ISO 8601 date such as `2011-02-05T04:06:26.000Z`').message]]);
  });
  it('reports a missing title at the opening line', () => {
    const r = read('---\npubDate: 2011-02-05T04:06:26.000Z\n---');
    expect(r.diag).toEqual([{ file: 'f.md', line: 1, column: 1, ...ingestMissingField('title', 'a non-empty text') }]);
  });
  it('treats an empty title as invalid, not as the text "null"', () => {
    const r = read('---\ntitle:\npubDate: x\n---');
    expect(r.data.title).toBeUndefined();
    expect(r.diag.map((d) => [d.rule_id, d.line])).toEqual([['ingest:invalid-field', 2]]);
  });
  it('reports front matter that is never closed', () => {
    const r = read('---\ntitle: T\n\nbody');
    expect(r.diag).toEqual([{ file: 'f.md', line: 1, column: 1, ...ingestUnclosedFrontMatter() }]);
    expect(r.body_index).toBe(1);
  });
});
