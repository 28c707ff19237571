import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.ts';
import { parsePost } from '../../src/ingest/parse-post.ts';
import * as m from '../../src/messages/ingest.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${name}/index.md`, import.meta.url)));

const run = (name: string) => {
  const diag = new Diagnostics();
  const source_file = `${name}/index.md`;
  const result = parsePost({ bytes: fixture(name), source_file, post_id: name }, diag);
  const at = (line: number, column: number, msg: ReturnType<typeof m.ingestCrlf>) => ({ file: source_file, line, column, ...msg });
  return { ...result, diag: diag.items, at };
};

describe('parsePost on bad-input fixtures', () => {
  it('an unknown comments heading: each comment-shaped block is an error at its heading, none is silently body', () => {
    const r = run('ingest-unknown-comments-heading');
    expect(r.comments).toEqual([]);
    expect(r.diag).toEqual([r.at(13, 1, m.ingestCommentInBody('Ann')), r.at(20, 1, m.ingestCommentInBody('Bob'))]);
  });
  it('no front matter: error at line 1, title from the post id, comments still read', () => {
    const r = run('ingest-no-front-matter');
    expect(r.diag).toEqual([r.at(1, 1, m.ingestNoFrontMatter('# Just a title'))]);
    expect(r.post).toMatchObject({ title: 'ingest-no-front-matter', published_utc: null, declared_comment_count: null, comment_count: 1 });
    expect(r.comments.map((c) => c.author)).toEqual(['Ann']);
  });
  it('broken YAML: one syntax error inside the front matter, no guessed values, comments still read', () => {
    const r = run('ingest-broken-yaml');
    expect(r.diag).toEqual([r.at(4, 16, m.ingestYamlSyntax('Missing closing "quote'))]);
    expect(r.post).toMatchObject({ title: 'ingest-broken-yaml', published_utc: null });
    expect(r.comments).toHaveLength(1);
  });
  it('missing pubDate and a bad commentCount: positioned errors, post kept', () => {
    const r = run('ingest-missing-pubdate');
    expect(r.diag).toEqual([
      r.at(1, 1, m.ingestMissingField('pubDate', 'an ISO 8601 date such as `2011-02-05T04:06:26.000Z`')),
      r.at(4, 15, m.ingestInvalidField('commentCount', 'two', 'a whole number of 0 or more')),
    ]);
    expect(r.post).toMatchObject({ title: 'No date', author: 'MAS', published_utc: null, declared_comment_count: null });
  });
  it('unknown date format: ingest keeps the raw text for the time stage', () => {
    const r = run('ingest-unknown-date');
    expect(r.diag).toEqual([]);
    expect(r.comments.map((c) => [c.written_at, c.date_line])).toEqual([['Yesterday around noon', 12], ['February 5 at 2011 at 9:00 AM', 19]]);
  });
  it('comment with no body: kept with empty text and a warning at its date line', () => {
    const r = run('ingest-empty-comment');
    expect(r.diag).toEqual([r.at(12, 1, m.ingestEmptyComment('Ann'))]);
    expect(r.comments.map((c) => [c.author, c.text, c.word_count])).toEqual([['Ann', '', 0], ['Bob', 'Text.', 1]]);
  });
  it('comment heading without a date line: kept, error at the line after the heading', () => {
    const r = run('ingest-missing-date');
    expect(r.diag).toEqual([r.at(13, 1, m.ingestMissingDate('Ann', 'Forgot the date.'))]);
    expect(r.comments[0]).toMatchObject({ written_at: '', text: 'Forgot the date.', source_line: 11 });
  });
  it('text between ## Comments and the first ###: warned and left out', () => {
    const r = run('ingest-stray-text');
    expect(r.diag).toEqual([r.at(11, 1, m.ingestStrayText('Comments are moderated.'))]);
    expect(r.comments).toHaveLength(1);
  });
  it('CRLF line ends: same comments as LF, one info note', () => {
    const bytes = fixture('ingest-crlf');
    expect(new TextDecoder().decode(bytes)).toContain('\r\n');
    const r = run('ingest-crlf');
    expect(r.diag).toEqual([r.at(1, 1, m.ingestCrlf())]);
    expect(r.comments[0]).toMatchObject({ text: 'Café au lait.', source_line: 11, body_line: 14 });
    expect(r.post.title).toBe('Encoding');
  });
  it('BOM: dropped with an info note, front matter still found', () => {
    expect([...fixture('ingest-bom').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const r = run('ingest-bom');
    expect(r.diag).toEqual([r.at(1, 1, m.ingestByteOrderMark())]);
    expect(r.post.published_utc).toBe('2011-02-05T04:06:26.000Z');
  });
  it('not UTF-8: warning at the bad byte, the rest decoded', () => {
    const r = run('ingest-not-utf8');
    expect(r.diag).toEqual([r.at(14, 4, m.ingestNotUtf8(0xe9))]);
    expect(r.comments[0]!.text).toBe('Caf\uFFFD au lait.');
  });
  it('## Comments in the body before the real one: the last heading wins', () => {
    const r = run('ingest-comments-in-body');
    expect(r.diag).toEqual([r.at(9, 1, m.ingestEarlierCommentsHeading(17))]);
    expect(r.comments.map((c) => c.author)).toEqual(['Ann']);
    expect(r.post.body).toContain('### Why they matter');
  });
  it('### headings in the body stay body; --- inside a comment stays text; post author matched case-insensitively', () => {
    const r = run('ingest-headings-in-body');
    expect(r.diag).toEqual([]);
    expect(r.post.body.startsWith('Intro.')).toBe(true);
    expect(r.post.body.endsWith('Text two.')).toBe(true);
    expect(r.comments.map((c) => [c.author, c.is_post_author])).toEqual([['Ann', false], ['mas', true]]);
    expect(r.comments[0]!.text).toBe('A rule inside my comment:\n\n---\n\nand more text & an entity.');
  });
  it('blank line after the name and _date_ lines', () => {
    const r = run('ingest-underscore-date');
    expect(r.diag).toEqual([]);
    expect(r.comments.map((c) => [c.author, c.written_at, c.date_line])).toEqual([
      ['dhammy', 'September 5 at 2014 at 8:29 PM', 15],
      ['Brock', 'September 6 at 2014 at 1:16 PM', 23],
    ]);
  });
});

describe('parsePost on inline posts', () => {
  const post = (text: string, post_id = '2011/02/p') => {
    const diag = new Diagnostics();
    return { ...parsePost({ bytes: new TextEncoder().encode(text), source_file: 'p.md', post_id }, diag), diag: diag.items };
  };
  const head = '---\ntitle: T\npubDate: 2011-02-05T04:06:26.000Z\ncommentCount: 2\n---\n\n## Comments\n\n';
  const ann = '### Ann\n*February 4 at 2011 at 8:28 PM*\n\nSame words.\n\n---\n\n';

  it('keeps two identical comments, with distinct ids and a warning on the second', () => {
    const r = post(head + ann + ann);
    expect(r.comments).toHaveLength(2);
    expect(r.comments[1]!.comment_id).toBe(`${r.comments[0]!.comment_id}-2`);
    expect(r.diag).toEqual([{ file: 'p.md', line: 16, column: 1, ...m.ingestDuplicateComment('Ann', 9, r.comments[1]!.comment_id) }]);
  });
  it('gives a comment the same id when other comments are added around it', () => {
    const alone = post(head + ann).comments[0]!.comment_id;
    const bob = '### Bob\n*February 3 at 2011 at 8:28 PM*\n\nFirst!\n\n---\n\n';
    expect(post(head + bob + ann).comments[1]!.comment_id).toBe(alone);
  });
  it('warns when commentCount differs from the comments found, at the key line', () => {
    const r = post(head + ann);
    expect(r.diag).toEqual([{ file: 'p.md', line: 4, column: 1, ...m.ingestCountMismatch(2, 1) }]);
  });
  it('counts words that hold letters or digits', () => {
    const r = post(head.replace('commentCount: 2', 'commentCount: 1') + '### A\n*d*\n\nIt’s 2 good — see http://x.io !\n');
    expect(r.comments[0]!.word_count).toBe(5);
  });
  it('fills the post row from front matter', () => {
    const r = post('---\ntitle: T\npubDate: 2011-02-05T04:06:26.000Z\nmodifiedDate: 2012-01-01T00:00:00Z\nauthor: MAS\ncategories: [A, B]\ntags: solo\ntimezone: Europe/Paris\n---\nBody\n');
    expect(r.post).toEqual({
      post_id: '2011/02/p', source_file: 'p.md', title: 'T', author: 'MAS', published_utc: '2011-02-05T04:06:26.000Z',
      modified_utc: '2012-01-01T00:00:00.000Z', categories: 'A; B', tags: 'solo', timezone: 'Europe/Paris',
      declared_comment_count: null, comment_count: 0, declared_timezone: 'Europe/Paris', body: 'Body', body_line: 10,
    });
  });
});
