// Diagnostic texts of the links stage (see ./define.ts).
import { code, message } from './define.ts';

/** A link whose scheme can run code or read local files (`javascript:`, `data:`, `vbscript:`, `file:`). */
export const linksUnsafeScheme = (url: string, scheme: string) =>
  message(
    'links:unsafe-scheme',
    'warning',
    `Unexpected ${code(scheme + ':')} link ${code(url)}, expected an http(s) address; it is listed with class \`unsafe\` and must never be followed or rendered as a link`,
  );

/** A link to something other than a web page (`mailto:`, `tel:`, `ftp:`, ...): kept as `unsafe`, not followed. */
export const linksNonWebScheme = (url: string, scheme: string) =>
  message(
    'links:non-web-scheme',
    'info',
    `Unexpected ${code(scheme + ':')} link ${code(url)}, expected an http(s) address; it is listed with class \`unsafe\` and not followed`,
  );

/** An http(s) or `www.` link that is not a well-formed URL. */
export const linksMalformedUrl = (url: string) =>
  message(
    'links:malformed-url',
    'warning',
    `Unexpected URL ${code(url)}, expected a well-formed address such as \`https://example.com/page\`; it is kept as written with an empty domain, fix the link in the source to classify it`,
  );

/** The link-class data file is not valid YAML. */
export const linksRulesSyntax = (detail: string) =>
  message('links:rules-syntax', 'error', `Unexpected YAML in the link classes file (${detail}), expected a mapping with \`classes\` and \`platforms\`; fix the syntax, the file is ignored until then`);

/** An entry of the link-class data file that does not fit its schema; the entry is skipped. */
export const linksRulesEntry = (path: string, value: unknown, expected: string) =>
  message('links:rules-entry', 'error', `Unexpected ${code(value)} at ${code(path)}, expected ${expected}; the entry is skipped, fix it in the link classes file`);

/** A host pattern listed under two classes; the first listing wins. */
export const linksRulesDuplicate = (pattern: string, first: string, second: string) =>
  message(
    'links:rules-duplicate',
    'warning',
    `Unexpected second listing of ${code(pattern)} under ${code(second)}, expected each host pattern once; it stays ${code(first)}, remove one of the two`,
  );
