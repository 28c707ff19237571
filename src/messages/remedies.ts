// Diagnostic texts of the remedies stage (see ./define.ts).
import { code, message } from './define.ts';

/** The lexicon file is not valid YAML or JSON. */
export const lexiconSyntax = (detail: string) =>
  message('remedies:lexicon-syntax', 'error', `Unexpected lexicon syntax: ${code(detail, 100)}, expected a YAML or JSON list of entries; fix the file and rerun`);

/** The lexicon's top level is not a list. */
export const lexiconNotList = (found: string) =>
  message('remedies:lexicon-not-list', 'error', `Unexpected ${code(found)} at the top of the lexicon, expected a list of entries (\`- id: ...\`)`);

/** A lexicon entry has a key the schema lacks (often the tail of an unquoted value with a comma); the entry is skipped. */
export const lexiconUnknownKey = (key: string, known: readonly string[]) =>
  message(
    'remedies:lexicon-unknown-key',
    'error',
    `Unexpected key ${code(key)}, expected one of ${known.join(', ')}; inside \`{ ... }\` a comma ends a value, so quote a value that holds one; this entry is skipped until it is fixed`,
  );

/** One field of a lexicon entry does not fit the schema; the entry is skipped. */
export const lexiconInvalidEntry = (field: string, detail: string) =>
  message('remedies:lexicon-invalid-entry', 'error', `Unexpected value for ${code(field)}: ${detail}; this entry is skipped until it is fixed`);

/** Two entries of one file share an id; the later one is skipped. */
export const lexiconDuplicateId = (id: string) =>
  message('remedies:lexicon-duplicate-id', 'error', `Unexpected second entry with id ${code(id)}, expected unique ids in one file; rename or merge it`);

/** An entry names a parent that no entry defines; the parent is dropped. */
export const lexiconUnknownParent = (id: string, parent: string) =>
  message('remedies:lexicon-unknown-parent', 'warning', `Unexpected parent ${code(parent)} of ${code(id)}, expected the id of another entry; ${code(id)} is used without a parent`);

/** Parents loop back to the entry; the loop is cut at this entry. */
export const lexiconParentCycle = (id: string, path: readonly string[]) =>
  message('remedies:lexicon-parent-cycle', 'warning', `Unexpected parent cycle ${code(path.join(' -> '), 120)}, expected parents to form a tree; ${code(id)} is used without a parent`);
