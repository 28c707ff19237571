import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.ts';
import { findCommentsHeading, reportCommentsInBody, splitComments } from '../../src/ingest/comments-section.ts';
import {
  ingestAfterComments,
  ingestCommentInBody,
  ingestEarlierCommentsHeading,
  ingestEmptyComment,
  ingestMissingDate,
  ingestMissingSeparator,
  ingestNestedCommentHeading,
  ingestStrayText,
} from '../../src/messages/ingest.ts';

const split = (text: string) => {
  const diag = new Diagnostics();
  const comments = splitComments(text.split('\n'), 0, 'f.md', diag);
  return { comments, diag: diag.items };
};

describe('splitComments', () => {
  it('reads name, date line, text and their lines', () => {
    const { comments, diag } = split('### Ann\n*February 4 at 2011 at 8:28 PM*\n\nHello.\n\n---\n');
    expect(comments).toEqual([
      { author: 'Ann', written_at: 'February 4 at 2011 at 8:28 PM', text: 'Hello.', source_line: 1, date_line: 2, body_line: 4 },
    ]);
    expect(diag).toEqual([]);
  });
  it('accepts blank lines after the name and an _underscore_ date', () => {
    const { comments } = split('### Ann\n\n_September 5 at 2014 at 8:29 PM_\n\nHi.\n\n---');
    expect(comments[0]).toMatchObject({ written_at: 'September 5 at 2014 at 8:29 PM', date_line: 3, body_line: 5 });
  });
  it('keeps a --- that is not followed by a ### heading as text', () => {
    const { comments } = split('### Ann\n*d*\n\nabove\n\n---\n\nbelow\n\n---\n\n### Bob\n*e*\n\nx\n');
    expect(comments.map((c) => c.text)).toEqual(['above\n\n---\n\nbelow', 'x']);
  });
  it('keeps a ### line without a separator before it and no date after it as text', () => {
    const { comments } = split('### Ann\n*d*\n\n### my list\n\n- a\n\n---\n');
    expect(comments).toHaveLength(1);
    expect(comments[0]!.text).toBe('### my list\n\n- a');
  });
  it('splits at a ### heading followed by a date line even without ---, with a warning', () => {
    const { comments, diag } = split('### Ann\n*d*\n\nhi\n\n### Bob\n*e*\n\nyo\n');
    expect(comments.map((c) => c.author)).toEqual(['Ann', 'Bob']);
    expect(diag).toEqual([{ file: 'f.md', line: 6, column: 1, ...ingestMissingSeparator('Bob') }]);
  });
  it('decodes HTML entities in names and text and trims only outer blank lines', () => {
    const { comments } = split('### Tom &amp; Jerry\n*d*\n\n\n  indented &lt;b&gt;  \n\nend\n\n\n---');
    expect(comments[0]).toMatchObject({ author: 'Tom & Jerry', text: '  indented <b>  \n\nend' });
  });
  it('keeps a comment without a date line, with an error at the line that should hold it', () => {
    const { comments, diag } = split('### Ann\n\nNo date here.\n\n---');
    expect(comments[0]).toMatchObject({ author: 'Ann', written_at: '', text: 'No date here.', date_line: 1, body_line: 3 });
    expect(diag).toEqual([{ file: 'f.md', line: 3, column: 1, ...ingestMissingDate('Ann', 'No date here.') }]);
  });
  it('keeps an empty comment with a warning', () => {
    const { comments, diag } = split('### Ann\n*d*\n\n---\n\n### Bob\n*e*\n\nx');
    expect(comments.map((c) => c.text)).toEqual(['', 'x']);
    expect(diag).toEqual([{ file: 'f.md', line: 2, column: 1, ...ingestEmptyComment('Ann') }]);
  });
  it('reports text before the first comment once per paragraph', () => {
    const { comments, diag } = split('Moderated.\nStill.\n\n---\n\nAgain.\n\n### Ann\n*d*\n\nx');
    expect(comments).toHaveLength(1);
    expect(diag).toEqual([
      { file: 'f.md', line: 1, column: 1, ...ingestStrayText('Moderated.') },
      { file: 'f.md', line: 6, column: 1, ...ingestStrayText('Again.') },
    ]);
  });
  it('returns no comments for an empty section', () => {
    expect(split('\n\n').comments).toEqual([]);
  });
});

describe('splitComments and what follows the comments', () => {
  it("ends the comments at a level-2 heading after a comment's closing ---, and names it", () => {
    const { comments, diag } = split('### Ann\n*February 4 at 2011 at 8:28 PM*\n\nHello\n\n---\n\n## Leave a Reply\n\nYour email address will not be published.\n');
    expect(comments.map((c) => [c.author, c.text])).toEqual([['Ann', 'Hello']]);
    expect(diag).toEqual([{ file: 'f.md', line: 8, column: 1, ...ingestAfterComments('## Leave a Reply') }]);
  });
  it('keeps a level-2 heading inside a comment (no --- before it) as the comment text', () => {
    const { comments, diag } = split('### Ann\n*February 4 at 2011 at 8:28 PM*\n\nMy notes:\n\n## Day one\n\nfine\n\n---\n');
    expect(comments[0]!.text).toBe('My notes:\n\n## Day one\n\nfine');
    expect(diag).toEqual([]);
  });
});

describe('splitComments with nested reply headings', () => {
  it('reads a deeper heading with a readable date line as a comment of its own, with a warning', () => {
    const { comments, diag } = split('### Ann\n*February 4 at 2011 at 8:28 PM*\n\nHello\n\n#### Bob\n*February 4, 2011 at 9:00 pm*\n\nHi Ann\n\n---\n');
    expect(comments.map((c) => [c.author, c.written_at, c.text, c.source_line])).toEqual([
      ['Ann', 'February 4 at 2011 at 8:28 PM', 'Hello', 1],
      ['Bob', 'February 4, 2011 at 9:00 pm', 'Hi Ann', 6],
    ]);
    expect(diag).toEqual([{ file: 'f.md', line: 6, column: 1, ...ingestNestedCommentHeading('####', 'Bob') }]);
    expect(comments.map((c) => c.nested_under)).toEqual([undefined, 0]);
  });
  it('keeps a deeper heading as text when no readable date follows it', () => {
    const { comments, diag } = split('### Ann\n*February 4 at 2011 at 8:28 PM*\n\nMy list:\n\n#### Breakfast\n*eggs and bacon*\n\n---\n');
    expect(comments).toHaveLength(1);
    expect(comments[0]!.text).toContain('#### Breakfast');
    expect(diag).toEqual([]);
  });
});

describe('findCommentsHeading', () => {
  it('takes the last exact `## Comments` line and notes the earlier ones', () => {
    const diag = new Diagnostics();
    const lines = ['intro', '## Comments', 'x', '### Comments are down', '## Comments  ', 'y'];
    expect(findCommentsHeading(lines, 0, 'f.md', diag)).toBe(4);
    expect(diag.items).toEqual([{ file: 'f.md', line: 2, column: 1, ...ingestEarlierCommentsHeading(5) }]);
  });
  it('ignores headings that only contain the words', () => {
    expect(findCommentsHeading(['## Comments are down', '### Comments'], 0, 'f.md', new Diagnostics())).toBe(-1);
    expect(findCommentsHeading(['## Comments on diet', '## No comments', '## 12 Comments about sleep'], 0, 'f.md', new Diagnostics())).toBe(-1);
  });
  it('takes the counted forms exporters print', () => {
    for (const heading of ['## 12 Comments', '## 1 Comment', '## 1,204 comments', '## Comments (12)', '## comments']) {
      expect([heading, findCommentsHeading(['body', heading, '### Ann'], 0, 'f.md', new Diagnostics())]).toEqual([heading, 1]);
    }
  });
});

describe('reportCommentsInBody', () => {
  const report = (text: string) => {
    const diag = new Diagnostics();
    const lines = text.split('\n');
    reportCommentsInBody(lines, 0, lines.length, 'f.md', diag);
    return diag.items;
  };
  it('names each block with a heading and a readable date line, at its heading', () => {
    const text = '## Responses\n\n### Ann\n*February 4, 2011 at 8:28 pm*\n\nHi\n\n---\n\n### Bob\n\n_February 5 at 2011 at 9:00 AM_\n\nYo';
    expect(report(text)).toEqual([
      { file: 'f.md', line: 3, column: 1, ...ingestCommentInBody('Ann') },
      { file: 'f.md', line: 10, column: 1, ...ingestCommentInBody('Bob') },
    ]);
  });
  it('leaves alone headings with a caption or no italic line, and blocks in code fences', () => {
    expect(report('### Cabo San Lucas\n*Cabo San Lucas Arch*\n\n### Notes\nplain\n\n```\n### Ann\n*February 4 at 2011 at 8:28 PM*\n```')).toEqual([]);
  });
});
