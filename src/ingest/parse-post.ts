import type { Diagnostics } from '../diagnostics.ts';
import { ingestBadPostDate, ingestCountMismatch, ingestDuplicateComment, ingestPostDateNoOffset } from '../messages/ingest.ts';
import type { RawComment } from '../schema/comment.ts';
import type { FrontMatter, ParsedPost } from '../schema/post.ts';
import { parseDateText, wallMillis } from '../time/parse-date.ts';
import { commentDigest, uniqueIds } from './comment-id.ts';
import { findCommentsHeading, reportCommentsInBody, splitComments } from './comments-section.ts';
import { decodeText } from './decode.ts';
import { readFrontMatter } from './front-matter.ts';
import { countWords } from './word-count.ts';

/** One input file: its bytes, the display path used in diagnostics and tables, and its post id. */
export type PostInput = { bytes: Uint8Array; source_file: string; post_id: string };

/** What one file yields: the post row, its comments in order, and the validated front matter (unknown keys kept). */
export type ParsedFile = { post: ParsedPost; comments: RawComment[]; front_matter: Partial<FrontMatter> & Record<string, unknown> };

/**
 * Parses one Markdown post with its `## Comments` section. Never throws on content: every problem is a positioned
 * diagnostic, and a file without usable front matter still yields a post (title from the post id) and its comments.
 */
export function parsePost(input: PostInput, diag: Diagnostics): ParsedFile {
  const file = input.source_file;
  const lines = decodeText(input.bytes, file, diag).split('\n');
  const fm = readFrontMatter(lines, file, diag);
  const data = fm.data;
  const heading = findCommentsHeading(lines, fm.body_index, file, diag);
  reportCommentsInBody(lines, fm.body_index, heading >= 0 ? heading : lines.length, file, diag);
  const blocks = heading >= 0 ? splitComments(lines, heading + 1, file, diag) : [];

  const postAuthor = data.author?.trim() ?? '';
  const ids = uniqueIds(blocks.map((b) => commentDigest(input.post_id, b.author, b.written_at, b.text)));
  const comments: RawComment[] = blocks.map((b, k) => {
    const { id, firstIndex } = ids[k]!;
    if (firstIndex !== null) diag.report(file, b.source_line, 1, ingestDuplicateComment(b.author, blocks[firstIndex]!.source_line, id));
    return {
      comment_id: id,
      post_id: input.post_id,
      position: k + 1,
      author: b.author,
      written_at: b.written_at,
      is_post_author: postAuthor !== '' && b.author.trim().toLowerCase() === postAuthor.toLowerCase(),
      word_count: countWords(b.text),
      text: b.text,
      source_file: file,
      source_line: b.source_line,
      date_line: b.date_line,
      body_line: b.body_line,
      ...(b.nested_under !== undefined ? { nested_in: ids[b.nested_under]!.id } : {}),
    };
  });

  const declared = data.commentCount ?? null;
  if (declared !== null && declared !== comments.length) {
    diag.report(file, fm.key_lines['commentCount'] ?? 1, 1, ingestCountMismatch(declared, comments.length));
  }
  const body = bodyOf(lines, fm.body_index, heading >= 0 ? heading : lines.length);
  const post: ParsedPost = {
    post_id: input.post_id,
    source_file: file,
    title: data.title ?? lastSegment(input.post_id),
    author: postAuthor,
    published_utc: instantOf(data.pubDate, fm.names.pubDate ?? 'pubDate', fm.key_lines, file, diag),
    modified_utc: instantOf(data.modifiedDate, fm.names.modifiedDate ?? 'modifiedDate', fm.key_lines, file, diag),
    categories: (data.categories ?? []).join('; '),
    tags: (data.tags ?? []).join('; '),
    timezone: data.timezone ?? '',
    declared_comment_count: declared,
    comment_count: comments.length,
    declared_timezone: data.timezone ?? '',
    body: body.text,
    body_line: body.line,
  };
  return { post, comments, front_matter: data };
}

// Post dates are ISO UTC in the archive; one without an offset is read as UTC (with a warning) rather than lost.
function instantOf(value: string | Date | undefined, key: string, keyLines: Record<string, number>, file: string, diag: Diagnostics): string | null {
  if (value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(+value) ? null : value.toISOString();
  const line = keyLines[key] ?? 1;
  const parsed = parseDateText(value);
  if (parsed === null) {
    diag.report(file, line, 1, ingestBadPostDate(key, value));
    return null;
  }
  if (parsed.kind === 'instant') return parsed.utc;
  diag.report(file, line, 1, ingestPostDateNoOffset(key, value));
  return new Date(wallMillis(parsed)).toISOString();
}

function bodyOf(lines: readonly string[], from: number, to: number): { text: string; line: number } {
  let start = from;
  let end = to;
  while (start < end && lines[start]!.trim() === '') start++;
  while (end > start && lines[end - 1]!.trim() === '') end--;
  // The archive closes the body with a `---` rule right above `## Comments`.
  if (to < lines.length && end > start && lines[end - 1]!.trim() === '---') end--;
  while (end > start && lines[end - 1]!.trim() === '') end--;
  return { text: lines.slice(start, end).join('\n'), line: start + 1 };
}

function lastSegment(postId: string): string {
  return postId.split('/').pop() || postId;
}
