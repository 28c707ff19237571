import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Diagnostics } from '../diagnostics.ts';
import {
  ingestFrontMatterNotMap,
  ingestInvalidField,
  ingestMissingField,
  ingestNoFrontMatter,
  ingestUnclosedFrontMatter,
  ingestYamlSyntax,
} from '../messages/ingest.ts';
import { FrontMatter } from '../schema/post.ts';

/** What the front matter yielded: the valid keys (unknown ones kept), each key's line, and where the body starts. */
export type FrontMatterResult = {
  data: Partial<FrontMatter> & Record<string, unknown>;
  /** 1-based line of each top-level key (none after a YAML syntax error). */
  key_lines: Record<string, number>;
  /** 0-based index of the first line after the front matter. */
  body_index: number;
  /** The key as written for a field read from another engine's name for it (`date` for `pubDate`). */
  names: Partial<Record<keyof typeof DATE_ALIASES, string>>;
};

/**
 * Other engines' names for the two dates (Jekyll, Hugo, Eleventy, Astro), read when the archive's own key is absent.
 */
const DATE_ALIASES = {
  pubDate: ['date', 'publishDate', 'published', 'pubdate'],
  modifiedDate: ['lastmod', 'updated', 'updatedDate', 'modified', 'lastModified'],
} as const;

// Built once: zod compiles each schema object on first use.
const PartialFrontMatter = FrontMatter.partial();

const EXPECTED: Record<string, string> = {
  title: 'a non-empty text',
  pubDate: 'an ISO 8601 date such as `2011-02-05T04:06:26.000Z`',
  modifiedDate: 'an ISO 8601 date such as `2024-08-30T21:55:09.000Z`',
  author: 'a name',
  categories: 'a list of texts such as `["Fitness"]`',
  tags: 'a list of texts such as `["back pain"]`',
  description: 'a text',
  commentCount: 'a whole number of 0 or more',
  timezone: 'an IANA time zone such as `America/Los_Angeles`',
};

/**
 * Reads the YAML front matter at the top of `lines` and validates it with `FrontMatter`. Every problem becomes a
 * diagnostic at its key's line (a missing key: the opening `---` line); invalid keys are dropped, the rest is kept.
 */
export function readFrontMatter(lines: readonly string[], file: string, diag: Diagnostics): FrontMatterResult {
  const empty = (body_index: number): FrontMatterResult => ({ data: {}, key_lines: {}, body_index, names: {} });
  if (lines[0]?.trimEnd() !== '---') {
    diag.report(file, 1, 1, ingestNoFrontMatter(lines[0] ?? ''));
    return empty(0);
  }
  const close = lines.findIndex((l, i) => i > 0 && (l.trimEnd() === '---' || l.trimEnd() === '...'));
  if (close < 0) {
    diag.report(file, 1, 1, ingestUnclosedFrontMatter());
    return empty(1);
  }
  const counter = new LineCounter();
  const yamlText = lines.slice(1, close).join('\n');
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  // The YAML text starts on file line 2.
  const at = (offset: number) => {
    const p = counter.linePos(offset);
    return { line: p.line + 1, column: p.col };
  };
  for (const err of doc.errors) {
    const { line, column } = at(err.pos[0]);
    diag.report(file, line, column, ingestYamlSyntax(err.message.split('\n')[0] ?? err.code));
  }
  // After a syntax error the values are guesses (an unclosed quote swallows the keys below it): use none of them.
  if (doc.errors.length > 0) return empty(close + 1);
  let raw: unknown;
  try {
    raw = doc.toJS();
  } catch {
    raw = null;
  }
  if (raw === null || raw === undefined) raw = {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    diag.report(file, 2, 1, ingestFrontMatterNotMap());
    return empty(close + 1);
  }
  const key_lines: Record<string, number> = {};
  const value_text: Record<string, string> = {};
  const value_pos: Record<string, { line: number; column: number }> = {};
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      const keyRange = pair.key.range;
      if (keyRange) key_lines[key] = at(keyRange[0]).line;
      const valueRange = (pair.value as { range?: [number, number, number] } | null)?.range;
      if (valueRange) {
        value_pos[key] = at(valueRange[0]);
        value_text[key] = yamlText.slice(valueRange[0], valueRange[1]);
      } else if (keyRange) value_pos[key] = at(keyRange[0]);
    }
  }
  const data = { ...(raw as Record<string, unknown>) };
  const names: FrontMatterResult['names'] = {};
  for (const [key, aliases] of Object.entries(DATE_ALIASES) as [keyof typeof DATE_ALIASES, readonly string[]][]) {
    const alias = data[key] === undefined ? aliases.find((a) => data[a] !== undefined) : undefined;
    if (alias !== undefined) {
      data[key] = data[alias];
      names[key] = alias;
    }
  }
  const shown = (key: string) => names[key as keyof typeof DATE_ALIASES] ?? key;
  const parsed = FrontMatter.safeParse(data);
  if (!parsed.success) {
    const bad = new Set<string>();
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      if (bad.has(key)) continue;
      bad.add(key);
      const expected = EXPECTED[key] ?? issue.message;
      if (data[key] === undefined) {
        diag.report(file, 1, 1, ingestMissingField(key, expected));
      } else {
        const name = shown(key);
        const pos = value_pos[name] ?? { line: key_lines[name] ?? 1, column: 1 };
        diag.report(file, pos.line, pos.column, ingestInvalidField(name, value_text[name] ?? JSON.stringify(data[key]), expected));
      }
    }
    for (const key of bad) delete data[key];
  }
  const kept = PartialFrontMatter.safeParse(data);
  return { data: kept.success ? kept.data : {}, key_lines, body_index: close + 1, names };
}
