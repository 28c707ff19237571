/**
 * Pure building blocks of the synthetic corpus: a seeded PRNG, weighted and lognormal draws, English-like
 * sentences from templates, comment texts with replies, links, entities and HTML, and date lines in US Pacific time.
 */
import { ENTITY_SNIPPETS, HOSTS, HTML_SNIPPETS, MEASURED, PATHS, SENTENCES, SLOTS } from './synth-data.ts';

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/** mulberry32: a small, fast, seeded PRNG; the same seed always yields the same sequence. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniformly chosen element of a non-empty list. */
export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

/** A lognormal draw with the given median and sigma (Box-Muller). */
export function lognormal(rng: Rng, median: number, sigma: number): number {
  const z = Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
  return median * Math.exp(sigma * z);
}

/** Cumulative weights, for `drawIndex`. */
export function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => (out[i] = sum += w));
  return out;
}

/** The index drawn with probability proportional to its weight (binary search over `cumulative` weights). */
export function drawIndex(rng: Rng, cum: Float64Array): number {
  const x = rng() * cum[cum.length - 1]!;
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cum[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

type Part = string | readonly string[];
type Template = { parts: Part[]; words: number; capital: boolean };
const wordsIn = (s: string) => (s.match(/ /g)?.length ?? 0) + 1;
const SLOT_WORDS = new Map(Object.values(SLOTS).map((list) => [list, list.reduce((n, s) => n + wordsIn(s), 0) / list.length]));

/** Splits `a {R} b` into literal parts and slot lists, with the expected word count. */
export function compileTemplate(template: string): Template {
  const parts: Part[] = [];
  let words = wordsIn(template);
  for (const piece of template.split(/(\{[A-Z]\})/)) {
    if (piece === '') continue;
    const slot = /^\{([A-Z])\}$/.exec(piece);
    const list = slot ? SLOTS[slot[1]!] : undefined;
    if (slot && !list) throw new Error(`Unknown slot ${piece} in template ${template}`);
    if (list) words += SLOT_WORDS.get(list)! - 1;
    parts.push(list ?? piece);
  }
  return { parts, words, capital: typeof parts[0] !== 'string' };
}

/** Fills a compiled template. */
export function fill(rng: Rng, t: Template): string {
  let out = '';
  for (const p of t.parts) out += typeof p === 'string' ? p : pick(rng, p);
  return t.capital ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}

const COMPILED = SENTENCES.map(compileTemplate);
// Templates that name a remedy are drawn with MEASURED.remedySentenceShare, the others otherwise, so remedy mentions
// per comment and per post body come out near the archive's.
const WITH_REMEDY = COMPILED.filter((_, i) => SENTENCES[i]!.includes('{R}'));
const WITHOUT_REMEDY = COMPILED.filter((_, i) => !SENTENCES[i]!.includes('{R}'));

/** Draws a sentence template: one that names a remedy with the measured share, else one that does not. */
function drawTemplate(rng: Rng): Template {
  return pick(rng, rng() < MEASURED.remedySentenceShare ? WITH_REMEDY : WITHOUT_REMEDY);
}

/** A paragraph of English-like sentences of about `words` words (at least one sentence). */
export function sentences(rng: Rng, words: number): string {
  let out = '';
  let n = 0;
  do {
    const t = drawTemplate(rng);
    out += (out === '' ? '' : ' ') + fill(rng, t);
    n += t.words;
  } while (n < words);
  return out;
}

/** A link as readers paste them: a bare URL (most), a Markdown link, or a bare `www.` host. */
export function link(rng: Rng): string {
  const host = pick(rng, HOSTS);
  const path = pick(rng, PATHS);
  const r = rng();
  if (r < 0.9) return `http${rng() < 0.6 ? '' : 's'}://${host}/${path}`;
  if (r < 0.96) return `[this piece](https://${host}/${path})`;
  return host.startsWith('www.') ? `${host}/${path}` : `www.${host}`;
}

/** How a comment starts: `@Name - ` reply, `Name, ` address, or nothing. */
export type Opening = { kind: 'at' | 'leading'; name: string } | null;

/** One comment's text: about a lognormal number of words, split into paragraphs, with occasional extras. */
export function commentText(rng: Rng, opening: Opening): string {
  const target = Math.min(3000, Math.max(2, Math.round(lognormal(rng, MEASURED.wordsMedian, MEASURED.wordsSigma))));
  const paras: string[] = [];
  let words = 0;
  let para = '';
  while (words < target) {
    const t = drawTemplate(rng);
    para += (para === '' ? '' : ' ') + fill(rng, t);
    words += t.words;
    if (rng() < MEASURED.paragraphBreak) {
      paras.push(para);
      para = '';
    }
  }
  if (para !== '') paras.push(para);
  if (rng() < MEASURED.entityShare) {
    const i = Math.floor(rng() * paras.length);
    paras[i] += ` Think of it as ${pick(rng, ENTITY_SNIPPETS)}.`;
  }
  if (rng() < MEASURED.htmlShare) {
    const html = pick(rng, HTML_SNIPPETS);
    if (html.startsWith('<blockquote>')) paras.unshift(html);
    else paras[paras.length - 1] += ` This is ${html} the point.`;
  }
  if (rng() < MEASURED.urlsPerComment) {
    const url = link(rng);
    if (rng() < 0.5) paras.push(url);
    else paras[Math.floor(rng() * paras.length)] += ` More here: ${url}`;
  }
  if (opening) {
    const sep = opening.kind === 'leading' ? ', ' : pick(rng, [' - ', ' - ', ' - ', ': ', ' ']);
    const head = paras[0]!;
    const rest = opening.kind === 'leading' && !/^I\b/.test(head) ? head.charAt(0).toLowerCase() + head.slice(1) : head;
    paras[0] = `${opening.kind === 'at' ? '@' : ''}${opening.name}${sep}${rest}`;
  }
  return paras.join('\n\n');
}

const HOUR = 3_600_000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The UTC ms of the `n`th Sunday (n = -1: the last) of a month, at `hour` UTC. */
function sunday(year: number, month: number, n: number, hour: number): number {
  if (n > 0) {
    const dow = new Date(Date.UTC(year, month, 1)).getUTCDay();
    return Date.UTC(year, month, 1 + ((7 - dow) % 7) + 7 * (n - 1), hour);
  }
  const last = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), hour);
}

/** America/Los_Angeles offset in hours at a UTC instant, by the US daylight-saving rules of 1987-2006 and 2007-. */
export function pacificOffset(utcMs: number): number {
  const y = new Date(utcMs).getUTCFullYear();
  const start = y >= 2007 ? sunday(y, 2, 2, 10) : sunday(y, 3, 1, 10);
  const end = y >= 2007 ? sunday(y, 10, 1, 9) : sunday(y, 9, -1, 9);
  return utcMs >= start && utcMs < end ? -7 : -8;
}

/** The Pacific wall clock of a UTC instant, as a Date whose UTC fields read the wall time. */
export const pacificWall = (utcMs: number): Date => new Date(utcMs + pacificOffset(utcMs) * HOUR);

/** The archive's date line text, `February 4 at 2011 at 8:28 PM`, for a UTC instant read in Pacific time. */
export function dateLine(utcMs: number): string {
  const w = pacificWall(utcMs);
  const h = w.getUTCHours();
  const m = w.getUTCMinutes();
  return `${MONTHS[w.getUTCMonth()]} ${w.getUTCDate()} at ${w.getUTCFullYear()} at ${h % 12 || 12}:${m < 10 ? '0' : ''}${m} ${h < 12 ? 'AM' : 'PM'}`;
}
