import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import { z } from 'zod';
import type { Diagnostics } from '../diagnostics.ts';
import { aliasVariantNotName, aliasVariantTwice, aliasVariantsNotList, aliasesNotMapping, aliasesSyntax } from '../messages/replies.ts';

/** Author aliases: canonical spelling -> the variant spellings merged into it. */
export const Aliases = z.record(z.string(), z.array(z.string()));
export type Aliases = z.infer<typeof Aliases>;

/**
 * Parses an aliases file (YAML or JSON `{canonical: [variants]}`); returns the usable entries and reports every
 * problem as a positioned diagnostic on `file` (a bad file yields `{}`, never a throw).
 */
export function parseAliases(text: string, file: string, diag: Diagnostics): Aliases {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const pos = e.linePos?.[0];
      diag.report(file, pos?.line ?? 1, pos?.col ?? 1, aliasesSyntax(e.code));
    }
    return {};
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return {};
  const at = (node: Node | null | undefined): [number, number] => {
    const p = lineCounter.linePos(node?.range?.[0] ?? 0);
    return [p.line, p.col];
  };
  if (!isMap(root)) {
    diag.report(file, ...at(root), aliasesNotMapping(isSeq(root) ? 'list' : String(doc.toJS())));
    return {};
  }
  const out: Aliases = {};
  const owner = new Map<string, string>();
  for (const pair of root.items) {
    const keyNode = pair.key as Node | null;
    const canonical = isScalar(keyNode) ? String(keyNode.value ?? '').trim() : '';
    const value = pair.value as Node | null;
    if (canonical === '') {
      diag.report(file, ...at(keyNode), aliasVariantsNotList(String(isScalar(keyNode) ? keyNode.value : '')));
      continue;
    }
    const items: Node[] = isSeq(value) ? (value.items as Node[]) : isScalar(value) && value.value !== null ? [value] : [];
    if (!isSeq(value) && items.length === 0) {
      diag.report(file, ...at(value ?? keyNode), aliasVariantsNotList(canonical));
      continue;
    }
    claim(canonical, canonical, keyNode);
    const variants = out[canonical] ?? [];
    for (const item of items) {
      const name = isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number') ? String(item.value).trim() : '';
      if (name === '') {
        diag.report(file, ...at(item), aliasVariantNotName(canonical, isScalar(item) ? String(item.value) : String(item)));
        continue;
      }
      if (claim(name, canonical, item)) variants.push(name);
    }
    out[canonical] = variants;
  }
  return out;

  function claim(name: string, canonical: string, node: Node | null): boolean {
    const key = name.toLowerCase();
    const first = owner.get(key);
    if (first === undefined) {
      owner.set(key, canonical);
      return true;
    }
    if (first !== canonical) diag.report(file, ...at(node), aliasVariantTwice(name, first, canonical));
    return false;
  }
}

/**
 * Returns a function mapping any spelling to its canonical author name: the alias file's key when the name (in any
 * case) is listed there, else the most frequent spelling among `names` of that name's case variants (ties broken
 * alphabetically). Pass one entry of `names` per comment (and per post author) so frequencies count.
 */
export function buildAuthorResolver(names: readonly string[], aliases: Aliases = {}): (name: string) => string {
  const aliasOf = new Map<string, string>();
  for (const [canonical, variants] of Object.entries(aliases)) {
    for (const v of [canonical, ...variants]) {
      const key = v.trim().toLowerCase();
      if (!aliasOf.has(key)) aliasOf.set(key, canonical);
    }
  }
  const counts = new Map<string, Map<string, number>>();
  for (const raw of names) {
    const name = raw.trim();
    const key = name.toLowerCase();
    const spellings = counts.get(key) ?? new Map<string, number>();
    spellings.set(name, (spellings.get(name) ?? 0) + 1);
    counts.set(key, spellings);
  }
  const byCase = new Map<string, string>();
  for (const [key, spellings] of counts) {
    const ranked = [...spellings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    byCase.set(key, ranked[0]![0]);
  }
  return (name: string) => {
    const trimmed = name.trim();
    const key = trimmed.toLowerCase();
    return aliasOf.get(key) ?? byCase.get(key) ?? trimmed;
  };
}
