// Diagnostic texts of the replies stage (see ./define.ts).
import { code, message } from './define.ts';

/** The aliases file is not valid YAML or JSON. */
export const aliasesSyntax = (detail: string) =>
  message('replies:aliases-syntax', 'error', `Unexpected syntax in the aliases file (${detail}), expected YAML or JSON like ${code('MAS: [Michael, mas]')}; fix the file or drop --aliases`);

/** The aliases file's top level is not a mapping. */
export const aliasesNotMapping = (found: string) =>
  message('replies:aliases-shape', 'error', `Unexpected ${code(found)} at the top of the aliases file, expected a mapping of canonical names to lists of variants; no aliases were applied`);

/** One entry's value is not a list of names. */
export const aliasVariantsNotList = (canonical: string) =>
  message('replies:alias-variants', 'error', `Unexpected value for alias ${code(canonical)}, expected a list of name variants such as ${code('[Michael, mas]')}; this entry was skipped`);

/** One variant is not a plain name. */
export const aliasVariantNotName = (canonical: string, value: string) =>
  message('replies:alias-variant', 'warning', `Unexpected variant ${code(value)} under ${code(canonical)}, expected a non-empty name; it was skipped`);

/** A variant is listed under two canonical names; the first wins. */
export const aliasVariantTwice = (variant: string, first: string, second: string) =>
  message('replies:alias-conflict', 'warning', `Unexpected variant ${code(variant)} under both ${code(first)} and ${code(second)}, expected it under one name; kept ${code(first)}, remove the other`);
