// Diagnostic texts of the sentiment stage (see ./define.ts).
import { code, message } from './define.ts';

/** The adjustments file is not valid YAML. */
export const sentimentAdjustmentsYaml = (reason: string) =>
  message('sentiment:adjustments-yaml', 'error', `Unexpected YAML syntax (${reason}), expected a valid YAML mapping; fix the file, the adjustments are not used until then`);

/** A field of the adjustments file does not match the schema. */
export const sentimentAdjustmentsInvalid = (path: string, expected: string) =>
  message('sentiment:adjustments-invalid', 'error', `Unexpected value at ${code(path)}, expected ${expected}; fix this entry, the adjustments are not used until then`);

/** A phrase pattern in the adjustments file has no usable token. */
export const sentimentPatternEmpty = (pattern: string) =>
  message('sentiment:pattern-empty', 'warning', `Unexpected empty phrase pattern ${code(pattern)}, expected words separated by spaces; the pattern is skipped`);
