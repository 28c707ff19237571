// Diagnostic texts of `threadlens score` (see ./define.ts).
import { code, message } from './define.ts';

/** A JSON object line without a string `text` (or with an `id` that is neither text nor a number): skipped. */
export const scoreBadObject = (line: string) =>
  message('score:bad-input', 'error', `Unexpected JSON object ${code(line)}, expected \`{"id": ..., "text": "..."}\` with a string \`text\`; the line was skipped`);
