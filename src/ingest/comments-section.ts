import { decodeHTML } from 'entities';
import type { Diagnostics } from '../diagnostics.ts';
import { parseDateText } from '../time/parse-date.ts';
import {
  ingestAfterComments,
  ingestCommentInBody,
  ingestEarlierCommentsHeading,
  ingestEmptyAuthor,
  ingestEmptyComment,
  ingestMissingDate,
  ingestMissingSeparator,
  ingestNestedCommentHeading,
  ingestStrayText,
} from '../messages/ingest.ts';

/** One comment as cut from the section, before ids and post-level fields are added. */
export type CommentBlock = {
  author: string;
  written_at: string;
  text: string;
  /** 1-based lines of the `### Name` heading, the date line (the heading's when none) and the text's start. */
  source_line: number;
  date_line: number;
  body_line: number;
  /** For a nested reply (`#### Name`), the index of the comment it sits under in the section's comments. */
  nested_under?: number;
};

const HEADING = /^### /;
const SECTION_HEADING = /^## /;
// Some exports nest replies under a deeper heading.
const NESTED_HEADING = /^(#{4,6}) /;
const DATE_LINE = /^(?:\*(?!\*)(.*\S.*?)\*|_(?!_)(.*\S.*?)_)\s*$/;
const isBlank = (l: string | undefined) => l !== undefined && l.trim() === '';
const isSeparator = (l: string | undefined) => l !== undefined && l.trim() === '---';

// `## Comments`, and the counted forms exporters print: `## 12 Comments`, `## 1 Comment`, `## Comments (12)`.
const COMMENTS_HEADING = /^##\s+(?:\d[\d,]*\s+comments?|comments(?:\s*\(\d[\d,]*\))?)\s*$/i;

/** Returns the 0-based index of the last comments heading (`## Comments`, or a counted form) after `from`, or -1. */
export function findCommentsHeading(lines: readonly string[], from: number, file: string, diag: Diagnostics): number {
  let last = -1;
  const earlier: number[] = [];
  for (let i = from; i < lines.length; i++) {
    if (!COMMENTS_HEADING.test(lines[i]!)) continue;
    if (last >= 0) earlier.push(last);
    last = i;
  }
  for (const i of earlier) diag.report(file, i + 1, 1, ingestEarlierCommentsHeading(last + 1));
  return last;
}

/**
 * Reports each comment-shaped block in the post body (`lines[from..to]`, outside code fences): a `### Name` heading
 * whose next line is a date line that reads as a date. Such a block is body text, so it would be lost as a comment
 * without a word (a post whose comments heading is missing or misspelt, or comments above the last one).
 */
export function reportCommentsInBody(lines: readonly string[], from: number, to: number, file: string, diag: Diagnostics): void {
  let fenced = false;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.startsWith('```')) fenced = !fenced;
    if (fenced || !HEADING.test(line)) continue;
    if (readableDateLine(nextNonBlank(lines, i + 1))) diag.report(file, i + 1, 1, ingestCommentInBody(headingName(line)));
  }
}

/**
 * Splits the comments section (`lines[start..]`, after the heading) into comments. A comment is `### Name`, blank
 * lines, a `*date*` or `_date_` line, then text up to a `---` line followed by the next `### ` heading or the end.
 * A `---` followed by anything else is text; a `### ` line is a new comment only after such a separator, or, with a
 * warning, when a date line follows it. A deeper heading (`#### Name`, as some exports nest replies) followed by a
 * date line that reads as a date is a comment too, with a warning. A `## ` heading after a comment's closing `---` ends
 * the comments (an export's footer such as `## Leave a Reply`): it and what follows are reported and left out.
 */
export function splitComments(lines: readonly string[], start: number, file: string, diag: Diagnostics): CommentBlock[] {
  const starts: number[] = [];
  // Comment index -> index of the top-level comment a nested reply sits under.
  const parents = new Map<number, number>();
  let lastTop = -1;
  let prev: string | undefined;
  let end = lines.length;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (starts.length > 0 && SECTION_HEADING.test(line) && isSeparator(prev)) {
      // A level-2 heading after a comment's closing `---` is a new section (an export's footer), not comment text.
      diag.report(file, i + 1, 1, ingestAfterComments(line.trim()));
      end = i;
      break;
    }
    if (HEADING.test(line)) {
      const afterSeparator = starts.length === 0 || isSeparator(prev);
      if (afterSeparator || DATE_LINE.test(nextNonBlank(lines, i + 1) ?? '')) {
        if (!afterSeparator) diag.report(file, i + 1, 1, ingestMissingSeparator(headingName(line)));
        lastTop = starts.length;
        starts.push(i);
      }
    } else if (starts.length > 0 && NESTED_HEADING.test(line) && readableDateLine(nextNonBlank(lines, i + 1))) {
      diag.report(file, i + 1, 1, ingestNestedCommentHeading(NESTED_HEADING.exec(line)![1]!, headingName(line)));
      if (lastTop >= 0) parents.set(starts.length, lastTop);
      starts.push(i);
    }
    if (!isBlank(line)) prev = line;
  }
  reportStrayText(lines, start, starts[0] ?? end, file, diag);
  return starts.map((s, k) => {
    const block = readComment(lines, s, starts[k + 1] ?? end, file, diag);
    const parent = parents.get(k);
    return parent === undefined ? block : { ...block, nested_under: parent };
  });
}

function readComment(lines: readonly string[], s: number, end: number, file: string, diag: Diagnostics): CommentBlock {
  const author = decodeHTML(headingName(lines[s]!));
  if (author === '') diag.report(file, s + 1, 1, ingestEmptyAuthor());
  let stop = end;
  while (stop > s + 1 && isBlank(lines[stop - 1])) stop--;
  if (stop > s + 1 && isSeparator(lines[stop - 1])) stop--;
  let i = s + 1;
  while (i < stop && isBlank(lines[i])) i++;
  const dateMatch = i < stop ? DATE_LINE.exec(lines[i]!) : null;
  let written_at = '';
  let date_line = s + 1;
  if (dateMatch) {
    written_at = (dateMatch[1] ?? dateMatch[2] ?? '').trim();
    date_line = i + 1;
    i++;
  } else {
    diag.report(file, i < stop ? i + 1 : s + 1, 1, ingestMissingDate(author, i < stop ? lines[i]!.trim() : ''));
  }
  while (i < stop && isBlank(lines[i])) i++;
  while (stop > i && isBlank(lines[stop - 1])) stop--;
  const text = decodeHTML(lines.slice(i, stop).join('\n'));
  if (text.trim() === '') diag.report(file, date_line, 1, ingestEmptyComment(author));
  return { author, written_at, text, source_line: s + 1, date_line, body_line: i < stop ? i + 1 : date_line };
}

function reportStrayText(lines: readonly string[], from: number, to: number, file: string, diag: Diagnostics): void {
  let inRun = false;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    const content = !isBlank(line) && !isSeparator(line);
    if (content && !inRun) diag.report(file, i + 1, 1, ingestStrayText(line.trim()));
    inRun = content || (inRun && !isBlank(line));
  }
}

function headingName(line: string): string {
  return line.replace(/^#+/, '').trim();
}

/** Whether `line` is a date line whose text reads as a date (an italic photo caption is not). */
function readableDateLine(line: string | undefined): boolean {
  const date = DATE_LINE.exec(line ?? '');
  return date !== null && parseDateText(date[1] ?? date[2] ?? '') !== null;
}

function nextNonBlank(lines: readonly string[], from: number): string | undefined {
  for (let i = from; i < lines.length; i++) if (!isBlank(lines[i])) return lines[i];
  return undefined;
}
