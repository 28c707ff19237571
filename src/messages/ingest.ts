// Diagnostic texts of the ingest stage (see ./define.ts).
import { code, message } from './define.ts';

/** A byte that is not UTF-8; the file was decoded with U+FFFD replacements. */
export const ingestNotUtf8 = (byte: number) =>
  message('ingest:not-utf8', 'warning', `Unexpected byte ${code('0x' + byte.toString(16).toUpperCase().padStart(2, '0'))}, expected UTF-8 text; bad bytes were read as U+FFFD, save the file as UTF-8`);

/** The file starts with a UTF-8 byte order mark, which was dropped. */
export const ingestByteOrderMark = () =>
  message('ingest:byte-order-mark', 'info', 'Unexpected byte order mark, expected plain UTF-8; it was ignored');

/** The file uses CR or CRLF line ends, read as LF. */
export const ingestCrlf = () =>
  message('ingest:crlf-line-ends', 'info', 'Unexpected CRLF line ends, expected LF; they were read as LF');

/** The file has no front matter block. */
export const ingestNoFrontMatter = (firstLine: string) =>
  message('ingest:no-front-matter', 'error', `Unexpected ${code(firstLine || '(empty line)')}, expected front matter opened by a \`---\` line; add one with \`title\` and \`pubDate\``);

/** The front matter's opening `---` has no closing line. */
export const ingestUnclosedFrontMatter = () =>
  message('ingest:unclosed-front-matter', 'error', 'Unexpected end of file, expected a `---` line closing the front matter; add it after the last key');

/** YAML syntax error inside the front matter. */
export const ingestYamlSyntax = (detail: string) =>
  message('ingest:yaml-syntax', 'error', `Unexpected YAML: ${detail}; fix the front matter syntax`);

/** The front matter is YAML but not a mapping of keys. */
export const ingestFrontMatterNotMap = () =>
  message('ingest:front-matter-not-map', 'error', 'Unexpected front matter, expected `key: value` lines');

/** A required front-matter key is absent. */
export const ingestMissingField = (key: string, expected: string) =>
  message('ingest:missing-field', 'error', `Unexpected front matter without ${code(key)}, expected ${expected}; add it`);

/** A front-matter key holds a value of the wrong kind. */
export const ingestInvalidField = (key: string, value: string, expected: string) =>
  message('ingest:invalid-field', 'error', `Unexpected ${code(key)} value ${code(value)}, expected ${expected}; it was ignored`);

/** `pubDate` or `modifiedDate` is not a readable date. */
export const ingestBadPostDate = (key: string, raw: string) =>
  message('ingest:bad-post-date', 'error', `Unexpected ${code(key)} ${code(raw)}, expected ISO 8601 UTC such as \`2011-02-05T04:06:26.000Z\`; the date was left empty`);

/** `pubDate` or `modifiedDate` has no offset and was read as UTC. */
export const ingestPostDateNoOffset = (key: string, raw: string) =>
  message('ingest:post-date-no-offset', 'warning', `Unexpected ${code(key)} ${code(raw)} without an offset, expected ISO 8601 UTC; it was read as UTC, add \`Z\``);

/** The front matter's `commentCount` differs from the comments found. */
export const ingestCountMismatch = (declared: number, found: number) =>
  message('ingest:comment-count-mismatch', 'warning', `Unexpected \`commentCount\` ${declared}, found ${found} comments below \`## Comments\`; check for a missing \`### Name\` heading or \`---\` separator`);

/** An earlier `## Comments` line was taken as body text because a later one exists. */
export const ingestEarlierCommentsHeading = (realLine: number) =>
  message('ingest:earlier-comments-heading', 'info', `Unexpected \`## Comments\` heading in the post body, expected one only; the last one (line ${realLine}) starts the comments`);

/** A deeper heading (`#### Name`) with a readable date line inside the comments, read as a comment of its own. */
export const ingestNestedCommentHeading = (marks: string, author: string) =>
  message('ingest:nested-comment-heading', 'warning', `Unexpected \`${marks} ${author}\` with a date line inside a comment, expected \`### ${author}\` after a \`---\` line; read as a comment of its own (a nested reply, perhaps)`);

/** A comment-shaped block (`### Name` and a readable date line) above the comments section, read as body text. */
export const ingestCommentInBody = (author: string) =>
  message('ingest:comment-in-body', 'error', `Unexpected comment \`### ${author}\` with a date line in the post body, expected comments below a \`## Comments\` heading; it was read as part of the body, move it below the heading`);

/** Text between `## Comments` and the first comment heading, left out. */
export const ingestStrayText = (text: string) =>
  message('ingest:stray-text', 'warning', `Unexpected text ${code(text)} in the comments section, expected a \`### Name\` heading; the text was left out`);

/** A level-2 heading after a comment's closing `---` (an export's footer, such as `## Leave a Reply`): the rest is left out. */
export const ingestAfterComments = (heading: string) =>
  message('ingest:after-comments', 'warning', `Unexpected ${code(heading)} after the comments, expected only comments below \`## Comments\`; the text from this heading on was left out`);

/** A comment heading not followed by a `*date*` or `_date_` line. */
export const ingestMissingDate = (author: string, line: string) =>
  message('ingest:missing-date', 'error', `Unexpected ${code(line || '(end of comment)')} after \`### ${author}\`, expected a date line such as \`*February 4 at 2011 at 8:28 PM*\`; the comment has no time`);

/** A comment with no text. */
export const ingestEmptyComment = (author: string) =>
  message('ingest:empty-comment', 'warning', `Unexpected empty comment by ${code(author)}, expected text below its date line; kept with empty text`);

/** A comment heading with no name. */
export const ingestEmptyAuthor = () =>
  message('ingest:empty-author', 'warning', 'Unexpected `###` heading without a name, expected `### Name`; the author is empty');

/** A comment heading that is not preceded by a `---` separator (split anyway because a date line follows). */
export const ingestMissingSeparator = (author: string) =>
  message('ingest:missing-separator', 'warning', `Unexpected \`### ${author}\` without a \`---\` line before it, expected \`---\` between comments; read as a new comment because a date line follows`);

/** The same author, date and text twice in one post. */
export const ingestDuplicateComment = (author: string, firstLine: number, id: string) =>
  message('ingest:duplicate-comment', 'warning', `Unexpected repeat of the comment by ${code(author)} at line ${firstLine}, expected distinct comments; both kept, this one as ${code(id)}`);

/** A file under the input folder could not be read at all. */
export const ingestUnreadable = (reason: string) =>
  message('ingest:unreadable', 'error', `Cannot read the file (${reason}); check its permissions, it was left out of this run`);

/** Two files map to the same post id (`a.md` and `a/index.md`). */
export const ingestDuplicatePostId = (postId: string, other: string) =>
  message('ingest:duplicate-post-id', 'warning', `Unexpected second file for post ${code(postId)}, also read from ${code(other)}; rename one of them`);
