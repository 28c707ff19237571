/** Spellings that can be addressed in a thread, each tied to its canonical author. */
export type NameIndex = {
  /** Lower-cased spelling -> canonical author, longest spellings first in `spellings`. */
  canonicalOf: Map<string, string>;
  spellings: string[];
  /** First character -> the spellings starting with it, longest first. */
  byFirst: Map<string, string[]>;
  /** Canonical authors who write their own name starting in lower case (`chuck`). */
  lowerCaseOwners: Set<string>;
  /** The names as written (trimmed) and their canonical authors, for the rare reading by initials (`matchInitialsAt`). */
  written: readonly (readonly [name: string, canonical: string])[];
};

/**
 * `text` with each accented letter written without its accents (`Ondřej` -> `Ondrej`, `MÁS` -> `MAS`), letter for
 * letter, so offsets in the result are offsets in `text`. People type a name without the accents its owner uses, or
 * with accents the owner does not.
 */
export function foldAccents(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const folded = ch.normalize('NFD').replace(/\p{M}+/gu, '');
    out += folded.length === ch.length ? folded : ch;
  }
  return out;
}

/**
 * Returns an index of `spellings` (raw names) resolved with `resolve`; blank spellings are ignored. Each spelling is
 * indexed as written (lower-cased) and, where no other name is spelled so, without its accents.
 */
export function indexNames(spellings: Iterable<string>, resolve: (name: string) => string): NameIndex {
  const canonicalOf = new Map<string, string>();
  const lowerCaseOwners = new Set<string>();
  const written: [string, string][] = [];
  for (const raw of spellings) {
    const name = raw.trim().replace(/\s+/g, ' ');
    if (name === '') continue;
    const canonical = resolve(name);
    written.push([name, canonical]);
    const key = name.toLowerCase();
    if (/^\p{Ll}/u.test(name)) lowerCaseOwners.add(canonical);
    if (!canonicalOf.has(key)) canonicalOf.set(key, canonical);
  }
  for (const [key, canonical] of [...canonicalOf]) {
    const folded = foldAccents(key);
    if (folded !== key && !canonicalOf.has(folded)) canonicalOf.set(folded, canonical);
  }
  // A name that is an address or a handle with a site (`Beth@WeightMaven`, `gwhitney@example.com`) is addressed by
  // its part before the `@`, unless that spelling already names someone.
  for (const [key, canonical] of [...canonicalOf]) {
    const handle = /^([\p{L}][\p{L}\p{N}_.'’-]{2,})[ \t]*@/u.exec(key)?.[1]?.replace(/[._'’-]+$/u, '');
    if (handle !== undefined && handle.length >= 3 && !canonicalOf.has(handle)) canonicalOf.set(handle, canonical);
  }
  // A name run together from parts (`SteveRN`, `TigerAl`, `V.Hales`) is also addressed with a space between them
  // (`Steve RN`, `V Hales`), unless that spelling already names someone.
  for (const [name, canonical] of written) {
    const spaced = name.replace(/(?<=\p{Ll})(?=\p{Lu})|(?<=\p{L})\.(?=\p{L})/gu, ' ').replace(/\s+/g, ' ').toLowerCase();
    if (spaced !== name.toLowerCase() && !canonicalOf.has(spaced)) canonicalOf.set(spaced, canonical);
  }
  const spellings_ = [...canonicalOf.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const byFirst = new Map<string, string[]>();
  for (const sp of spellings_) byFirst.set(sp[0]!, [...(byFirst.get(sp[0]!) ?? []), sp]);
  return { canonicalOf, spellings: spellings_, byFirst, lowerCaseOwners, written };
}

/**
 * The lower-cased initials of a name of two or three parts, split at spaces, dots, hyphens and a capital after a small
 * letter or starting a capitalised word (`GWhitney` -> `gw`, `Mary-Ann Lee` -> `mal`), or null.
 */
function initialsOf(name: string): string | null {
  const parts = name.split(/[\s.\-]+|(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u).filter((p) => /^\p{L}/u.test(p));
  return parts.length >= 2 && parts.length <= 3 ? parts.map((p) => p[0]!.toLowerCase()).join('') : null;
}

const WORD = /[\p{L}\p{N}_]/u;

/**
 * Returns the longest indexed name written at `offset` of `text` (case-insensitive, whitespace runs count as one
 * space) and the offset just after it, or null. A name ending in a letter or digit must not run on into another word.
 */
export function matchNameAt(text: string, offset: number, index: NameIndex): { canonical: string; end: number } | null {
  const written = text.slice(offset, offset + 80).toLowerCase();
  const folded = foldAccents(written);
  // The name as written first (`@Ondřej` is Ondřej even where an Ondrej comments too), then without accents.
  for (const window of folded === written ? [written] : [written, folded]) {
    for (const spelling of index.byFirst.get(window.charAt(0)) ?? []) {
      const end = matchSpelling(window, spelling);
      if (end === -1) continue;
      const last = spelling[spelling.length - 1] ?? '';
      const next = window[end] ?? '';
      if (WORD.test(last) && next !== '' && WORD.test(next)) continue;
      return { canonical: index.canonicalOf.get(spelling)!, end: offset + end };
    }
  }
  return null;
}

/** Length of `window`'s prefix that spells `spelling` (spaces in it match any run of spaces or tabs), or -1. */
function matchSpelling(window: string, spelling: string): number {
  let i = 0;
  for (const ch of spelling) {
    if (ch === ' ') {
      if (window[i] !== ' ' && window[i] !== '\t') return -1;
      while (window[i] === ' ' || window[i] === '\t') i++;
    } else if (window.startsWith(ch, i)) {
      i += ch.length;
    } else {
      return -1;
    }
  }
  return i;
}

/**
 * Returns the one earlier commenter whose name starts with the word at `offset` (4+ letters) as a shorter form of its
 * first word (`Chris` for `Christopher`), or null when none or more than one does.
 */
export function matchShortNameAt(text: string, offset: number, index: NameIndex): { canonical: string; end: number } | null {
  const word = /^[\p{L}]+/u.exec(text.slice(offset, offset + 40))?.[0];
  if (!word || word.length < 4) return null;
  const lower = word.toLowerCase();
  const owners = new Set<string>();
  for (const spelling of index.spellings) {
    const first = /^[\p{L}]+/u.exec(spelling)?.[0] ?? '';
    if (first.length > lower.length && first.startsWith(lower)) owners.add(index.canonicalOf.get(spelling)!);
  }
  if (owners.size !== 1) return null;
  return { canonical: [...owners][0]!, end: offset + word.length };
}

/**
 * Returns the one earlier commenter whose name's initials are the word at `offset` (`@gw` for `GWhitney`), or null when
 * none or more than one, or when the word is itself a name.
 */
export function matchInitialsAt(text: string, offset: number, index: NameIndex): { canonical: string; end: number } | null {
  const word = /^[\p{L}]{2,3}(?![\p{L}\p{N}_])/u.exec(text.slice(offset, offset + 8))?.[0];
  if (!word) return null;
  const lower = word.toLowerCase();
  if (index.canonicalOf.has(lower)) return null;
  // Read only when no other reading of an @-word holds, so the initials are worked out here rather than per index.
  const owners = new Set(index.written.filter(([name]) => initialsOf(name) === lower).map(([, canonical]) => canonical));
  if (owners.size !== 1) return null;
  return { canonical: [...owners][0]!, end: offset + word.length };
}

/**
 * Returns the one indexed single-word name (of 4+ letters) that the word at `offset` misspells by one edit
 * (`Galine` for `Galina`), or null when there is none or more than one.
 */
export function matchMisspeltNameAt(text: string, offset: number, index: NameIndex): { canonical: string; end: number } | null {
  const word = /^[\p{L}\p{N}_'’-]+/u.exec(text.slice(offset, offset + 40))?.[0];
  if (!word || word.length < 4) return null;
  const lower = word.toLowerCase();
  const owners = new Set<string>();
  for (const spelling of index.spellings) {
    if (spelling.length >= 4 && !spelling.includes(' ') && withinOneEdit(lower, spelling)) owners.add(index.canonicalOf.get(spelling)!);
  }
  if (owners.size !== 1) return null;
  return { canonical: [...owners][0]!, end: offset + word.length };
}

/** Whether `a` becomes `b` by at most one insertion, deletion, substitution or swap of neighbours. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
