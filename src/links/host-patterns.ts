/**
 * Host pattern matching for the link rules: a plain pattern matches the host or a parent of it (`nih.gov`, `edu`),
 * a `name.*` pattern matches `name` under any public suffix (`amazon.*` for amazon.co.uk). Longest match wins.
 */
import { getPublicSuffix } from 'tldts';
import type { LinkRules, TableClass } from './rules.ts';

/** An index of host patterns to a value, built once per rules object. */
export type HostIndex<T> = { plain: Map<string, T>; wild: Map<string, T> };

/** Builds an index of `patterns` (each mapped to `value`) for `matchHost`. */
export function indexPatterns<T>(entries: Iterable<readonly [string, T]>): HostIndex<T> {
  const index: HostIndex<T> = { plain: new Map(), wild: new Map() };
  for (const [pattern, value] of entries) {
    if (pattern.endsWith('.*')) index.wild.set(pattern.slice(0, -2), value);
    else index.plain.set(pattern, value);
  }
  return index;
}

/** Returns the value of the longest pattern in `index` matching `host`, with how many labels it matched. */
export function matchHost<T>(host: string, index: HostIndex<T>): { value: T; labels: number; pattern: string } | null {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  let best: { value: T; labels: number; pattern: string; score: number } | null = null;
  for (let i = 0; i < labels.length; i++) {
    const suffix = labels.slice(i).join('.');
    const value = index.plain.get(suffix);
    const score = (labels.length - i) * 2 + 1;
    if (value !== undefined && (best === null || score > best.score)) best = { value, labels: labels.length - i, pattern: suffix, score };
  }
  if (index.wild.size > 0) {
    const publicSuffix = getPublicSuffix(host) ?? '';
    const base = publicSuffix && host.endsWith('.' + publicSuffix) ? host.slice(0, -publicSuffix.length - 1).split('.') : [];
    const suffixLabels = publicSuffix ? publicSuffix.split('.').length : 0;
    for (let i = 0; i < base.length; i++) {
      const name = base.slice(i).join('.');
      const value = index.wild.get(name);
      const score = (base.length - i + suffixLabels) * 2;
      if (value !== undefined && (best === null || score > best.score)) {
        best = { value, labels: base.length - i + suffixLabels, pattern: name + '.*', score };
      }
    }
  }
  return best && { value: best.value, labels: best.labels, pattern: best.pattern };
}

const classIndexes = new WeakMap<LinkRules, HostIndex<TableClass>>();
const platformIndexes = new WeakMap<LinkRules, HostIndex<true>>();

/** Returns the class the rules give `host`, or null when no pattern matches. */
export function tableClassOf(host: string, rules: LinkRules): TableClass | null {
  let index = classIndexes.get(rules);
  if (!index) {
    const entries = Object.entries(rules.classes).flatMap(([cls, patterns]) => (patterns ?? []).map((p) => [p, cls as TableClass] as const));
    index = indexPatterns(entries);
    classIndexes.set(rules, index);
  }
  return matchHost(host, index)?.value ?? null;
}

/** Returns the platform site `host` belongs to (`x.blogspot.jp` for `www.x.blogspot.jp`), or null if none. */
export function platformSiteOf(host: string, rules: LinkRules): string | null {
  let index = platformIndexes.get(rules);
  if (!index) {
    index = indexPatterns(rules.platforms.map((p) => [p, true] as const));
    platformIndexes.set(rules, index);
  }
  const match = matchHost(host, index);
  if (!match) return null;
  const labels = host.toLowerCase().split('.');
  if (labels.length <= match.labels) return null;
  return labels.slice(-(match.labels + 1)).join('.');
}
