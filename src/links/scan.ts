/**
 * Finds where links are written in Markdown text with some raw HTML, in text order:
 * HTML `<a href>`/`<img src>` (and other embedding tags) -> autolinks `<scheme:...>` -> Markdown `[text](url)` and
 * `![alt](url)` -> bare `http(s)://` and `www.` URLs outside all of these, so a URL is found once, not twice.
 * Returns raw source text; decoding, normalizing and classifying come later (see extract.ts).
 */

/** How a link was written. */
export type LinkSpanKind = 'html' | 'autolink' | 'markdown' | 'image' | 'bare';

/** One link as written: its raw target text (entities not yet decoded) and the offset where that text starts. */
export type LinkSpan = { kind: LinkSpanKind; raw: string; start: number };

type Range = readonly [number, number];

const URL_ATTRIBUTE: Record<string, string> = {
  a: 'href', area: 'href', img: 'src', iframe: 'src', embed: 'src', source: 'src', video: 'src', audio: 'src', track: 'src',
};

/** Returns every link written in `text`, in text order, each once. */
export function findLinkSpans(text: string): LinkSpan[] {
  const spans: LinkSpan[] = [];
  const tags: Range[] = [];
  const covered: Range[] = [];
  findHtml(text, spans, tags, covered);
  for (const m of text.matchAll(/<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*)>/g)) {
    if (inside(m.index, tags)) continue;
    spans.push({ kind: 'autolink', raw: m[1]!, start: m.index + 1 });
    covered.push([m.index, m.index + m[0].length]);
  }
  findMarkdown(text, spans, tags, covered);
  for (const m of text.matchAll(/(?<![\p{L}\p{N}_@/.+-])(?:https?:\/\/|www\.)[^\s<>"`]*/giu)) {
    if (inside(m.index, tags) || inside(m.index, covered)) continue;
    const raw = trimBareUrl(m[0]);
    if (/^www\./i.test(raw) ? /^www\.[\p{L}\p{N}_-]+\.[\p{L}\p{N}]/iu.test(raw) : /^https?:\/\/[\p{L}\p{N}[]/iu.test(raw)) {
      spans.push({ kind: 'bare', raw, start: m.index });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Returns a bare URL without trailing punctuation, entities and unbalanced closing brackets (GFM autolink rules). */
export function trimBareUrl(url: string): string {
  let s = url;
  for (;;) {
    const last = s.at(-1) ?? '';
    if (last === ';') {
      const entity = /&[a-z0-9#]+;$/i.exec(s);
      s = entity ? s.slice(0, entity.index) : s.slice(0, -1);
    } else if (/[.,:!?*_~'"\u2018\u2019\u201c\u201d\u00bb\u2026]/u.test(last)) {
      s = s.slice(0, -1);
    } else if ((last === ')' || last === ']' || last === '}') && count(s, OPENING[last] ?? '') < count(s, last)) {
      s = s.slice(0, -1);
    } else {
      return s;
    }
  }
}

const OPENING: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

// an open tag whose quoted attribute values may hold `<` or `>` (CommonMark's raw HTML), or a closing tag
const HTML_TAG = /<([a-zA-Z][a-zA-Z0-9-]*)(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>|<\/([a-zA-Z][a-zA-Z0-9-]*)\s*>/g;

function findHtml(text: string, spans: LinkSpan[], tags: Range[], covered: Range[]): void {
  for (const m of text.matchAll(HTML_TAG)) {
    const end = m.index + m[0].length;
    tags.push([m.index, end]);
    if (m[1] === undefined) continue;
    const tag = m[1].toLowerCase();
    const attribute = URL_ATTRIBUTE[tag];
    if (!attribute) continue;
    const attr = new RegExp(`\\s${attribute}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, 'i').exec(m[0]);
    if (attr) {
      const value = attr[1] ?? attr[2] ?? attr[3] ?? '';
      const valueStart = m.index + attr.index + attr[0].length - value.length - (attr[3] === undefined ? 1 : 0);
      if (value.trim()) spans.push({ kind: 'html', raw: value, start: valueStart });
    }
    if (tag === 'a') {
      // the anchor's text often repeats its URL; the href already stands for it
      const close = /<\/a\s*>/gi;
      close.lastIndex = end;
      const c = close.exec(text);
      covered.push([end, c ? c.index : end]);
    }
  }
}

function findMarkdown(text: string, spans: LinkSpan[], tags: Range[], covered: Range[]): void {
  const found: Range[] = [];
  for (const m of text.matchAll(/\]\(/g)) {
    const close = m.index;
    if (inside(close, tags) || (close > 0 && text[close - 1] === '\\')) continue;
    const open = openingBracket(text, close);
    if (open < 0) continue;
    const dest = destination(text, close + 2);
    if (!dest || !dest.raw.trim()) continue;
    const image = open > 0 && text[open - 1] === '!';
    spans.push({ kind: image ? 'image' : 'markdown', raw: dest.raw, start: dest.start });
    found.push([image ? open - 1 : open, dest.end]);
  }
  covered.push(...found);
}

function openingBracket(text: string, close: number): number {
  let depth = 0;
  for (let i = close - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '\n' && text[i - 1] === '\n') return -1;
    if (i > 0 && text[i - 1] === '\\' && (c === '[' || c === ']')) continue;
    if (c === ']') depth++;
    else if (c === '[') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

const TITLE = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)|\\"[^"\n]*\\")/;

// CommonMark link destination after `](`: `<...>` or a run without spaces and with balanced parentheses, then an
// optional title and `)`. The `\"title\"` form is not CommonMark but occurs in exported posts.
function destination(text: string, from: number): { raw: string; start: number; end: number } | null {
  let i = skipSpace(text, from);
  let raw: string;
  const start = text[i] === '<' ? i + 1 : i;
  if (text[i] === '<') {
    const gt = text.slice(i + 1).search(/[<>\n]/);
    if (gt < 0 || text[i + 1 + gt] !== '>') return null;
    raw = text.slice(i + 1, i + 1 + gt);
    i = i + 2 + gt;
  } else {
    let depth = 0;
    let j = i;
    for (; j < text.length; j++) {
      const c = text[j]!;
      if (c === '\\' && j + 1 < text.length && /[!-/:-@[-`{-~]/.test(text[j + 1]!)) {
        j++;
        continue;
      }
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) break;
        depth--;
      } else if (/[\s\x00-\x1f]/.test(c)) break;
    }
    if (depth !== 0) return null;
    raw = text.slice(i, j);
    i = j;
  }
  i = skipSpace(text, i);
  if (text[i] !== ')') {
    const title = TITLE.exec(text.slice(i, i + 2000));
    if (!title) return null;
    i = skipSpace(text, i + title[0].length);
    if (text[i] !== ')') return null;
  }
  return { raw, start, end: i + 1 };
}

function skipSpace(text: string, i: number): number {
  const m = /^[ \t]*(?:\n[ \t]*)?/.exec(text.slice(i, i + 200));
  return i + (m ? m[0].length : 0);
}

function inside(offset: number, ranges: readonly Range[]): boolean {
  return ranges.some(([a, b]) => offset >= a && offset < b);
}

function count(s: string, c: string): number {
  let n = 0;
  for (const ch of s) if (ch === c) n++;
  return n;
}
