// Diagnostic texts of `threadlens score` (see ./define.ts).
import { code, message } from './define.ts';

/**
 * A JSON object line without a string `text` (or with an `id` that is neither text nor a number, or a `title` that is
 * not text): skipped.
 */
export const scoreBadObject = (line: string) =>
  message('score:bad-input', 'error', `Unexpected JSON object ${code(line)}, expected \`{"id": ..., "text": "...", "title": "..."}\` with a string \`text\` (\`id\` and \`title\` optional); the line was skipped`);
