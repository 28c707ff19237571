/**
 * The link rules: which hosts belong to which link class and which hosting platforms give each subdomain its own
 * site. They live in the data file `link-classes.yaml` (next to this module); the shell reads it and calls
 * `parseLinkRules`, which reports bad entries as positioned diagnostics and keeps the good ones.
 */
import { LineCounter, parseDocument, isMap, isSeq, isScalar } from 'yaml';
import type { Node } from 'yaml';
import { z } from 'zod';
import type { Diagnostics } from '../diagnostics.ts';
import { linksRulesDuplicate, linksRulesEntry, linksRulesSyntax } from '../messages/links.ts';
import { LinkClass } from '../schema/link.ts';

/** A host pattern: `nih.gov` (that host and its subdomains), `edu` (a whole suffix) or `amazon.*` (any public suffix). */
export const HostPattern = z
  .string()
  .regex(/^(?:[a-z0-9-]+\.)*[a-z0-9-]+(?:\.\*)?$/, { message: 'a lower-case host pattern such as `nih.gov` or `amazon.*`' });
export type HostPattern = z.infer<typeof HostPattern>;

/** The classes a host pattern may assign; `own-blog` and `unsafe` are decided by the site and the scheme instead. */
export const TableClass = LinkClass.exclude(['own-blog', 'unsafe']);
export type TableClass = z.infer<typeof TableClass>;

/** The parsed link rules: host patterns per class, and platforms whose subdomains are separate sites. */
export const LinkRules = z.object({
  classes: z.partialRecord(TableClass, z.array(HostPattern)),
  platforms: z.array(HostPattern),
});
export type LinkRules = z.infer<typeof LinkRules>;

/** Location of the bundled `link-classes.yaml`, for the shell to read (this module does no I/O). */
export const linkRulesUrl: URL = new URL('./link-classes.yaml', import.meta.url);

/** Returns the rules in `text` (YAML); every bad entry is reported on `diag` at its line in `file` and skipped. */
export function parseLinkRules(text: string, file: string, diag: Diagnostics): LinkRules {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const rules: LinkRules = { classes: {}, platforms: [] };
  const at = (node: unknown) => {
    const offset = (node as Node | null | undefined)?.range?.[0] ?? 0;
    return lines.linePos(offset);
  };
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const pos = lines.linePos(e.pos[0]);
      diag.report(file, pos.line, pos.col, linksRulesSyntax(e.code));
    }
    return rules;
  }
  const root = doc.contents;
  if (!isMap(root)) {
    diag.report(file, 1, 1, linksRulesSyntax('top level is not a mapping'));
    return rules;
  }
  const classOf = new Map<string, string>();
  const platforms = new Map<string, string>();
  const patterns = (node: unknown, path: string, owner: string): string[] => {
    const seen = owner === 'platforms' ? platforms : classOf;
    if (!isSeq(node)) {
      const pos = at(node);
      diag.report(file, pos.line, pos.col, linksRulesEntry(path, isScalar(node) ? node.value : typeof node, 'a list of host patterns'));
      return [];
    }
    const kept: string[] = [];
    node.items.forEach((item, i) => {
      const value = isScalar(item) ? item.value : item;
      const parsed = HostPattern.safeParse(value);
      const pos = at(item);
      if (!parsed.success) {
        diag.report(file, pos.line, pos.col, linksRulesEntry(`${path}[${i}]`, value, 'a lower-case host pattern such as `nih.gov` or `amazon.*`'));
        return;
      }
      const first = seen.get(parsed.data);
      if (first !== undefined && first !== owner) {
        diag.report(file, pos.line, pos.col, linksRulesDuplicate(parsed.data, first, owner));
        return;
      }
      seen.set(parsed.data, owner);
      kept.push(parsed.data);
    });
    return kept;
  };
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (key === 'platforms') {
      rules.platforms = patterns(pair.value, 'platforms', 'platforms');
    } else if (key === 'classes' && isMap(pair.value)) {
      for (const entry of pair.value.items) {
        const name = isScalar(entry.key) ? entry.key.value : entry.key;
        const cls = TableClass.safeParse(name);
        if (!cls.success) {
          const pos = at(entry.key);
          diag.report(file, pos.line, pos.col, linksRulesEntry(`classes.${String(name)}`, name, `one of ${TableClass.options.map((o) => '`' + o + '`').join(', ')}`));
          continue;
        }
        rules.classes[cls.data] = [...(rules.classes[cls.data] ?? []), ...patterns(entry.value, `classes.${cls.data}`, cls.data)];
      }
    } else {
      const pos = at(pair.key);
      diag.report(file, pos.line, pos.col, linksRulesEntry(key, key, '`classes` (a mapping of class to host patterns) or `platforms` (a list)'));
    }
  }
  return LinkRules.parse(rules);
}
