import { maskForNlp } from '../nlp/prepare.ts';
import type { ReplyCue } from '../schema/reply.ts';
import { matchInitialsAt, matchMisspeltNameAt, matchNameAt, matchShortNameAt } from './names.ts';
import type { NameIndex } from './names.ts';

/** One addressee found in a comment: who, where in the text, and by which cue. */
export type Cue = { canonical: string; offset: number; cue: Exclude<ReplyCue, 'nested'> };

const AT = /(?<![\p{L}\p{N}_.+-])@[ \t]?/gu;
const LEAD = /^[\s*_"'“(]*/u;
const GREETING = /^(?:hi|hey|hello|hiya|dear|greetings|re:)(?![\p{L}])[ \t,]*/iu;
// `Mr. MAS: ...` opens with a title; unlike a greeting it still needs the name's own punctuation after it.
const TITLE = /^(?:mr|mrs|ms|dr)\.?[ \t]+(?=\p{Lu})/iu;
// After an opening name: its punctuation, an ellipsis or a line end; or a new clause on `I` (`Danny I replaced ...`),
// unless the name is a word that opens a question before `I` (`Will I need it?` where a Will comments).
const LEAD_END = /^[ \t]*(?:[-–—,:;!@…]|\.\.|\r?\n|$)/u;
const I_CLAUSE = /^[ \t]+I(?:['’](?:m|ve|d|ll))?(?![\p{L}\p{N}])/u;
/** A second-person clause right after an opening name (`MAS do you follow ...`, `Tim you're right`, `Jo your post ...`). */
const YOU_CLAUSE = /^[ \t]+(?:(?:do|did|have|are|were|can|could|would|will|should)[ \t]+)?(?:you(?:['’](?:re|ve|d|ll))?|your)(?![\p{L}\p{N}])/iu;
const ASKS_BEFORE_I = new Set(['will', 'may', 'can', 'shall', 'should', 'would', 'could', 'might', 'must', 'did', 'do', 'does', 'am', 'was', 'have', 'had', 'why', 'how', 'what', 'when', 'where', 'so']);
const SURNAME_END = /^[ \t]+\p{Lu}[\p{L}.]*[ \t]*(?:[-–—,:]|\r?\n)/u;
const JOINER = /^(?:[ \t]+\p{Lu}[\p{L}.]*)?[ \t]*(?:,|and|&|\/)[ \t]*(?=\S)/u;
const PARAGRAPH_START = /\n[ \t]*\n[\s*_]*(?=\S)/gu;
const LATER_END = /^[ \t]*(?:[-–—:]|\.\.)/u;
// `Anemone wrote,` or `MAS said:` opening a paragraph quotes that person to answer them.
const QUOTES = /^[ \t]+(?:wrote|writes|said|says)[ \t]*[:,]/u;
const SENTENCE_END = /[.!?](?=\s|$)|\n/u;
const WORD_START = /(?<![\p{L}\p{N}_'’@])(?=[\p{L}\p{N}])/gu;
const VOCATIVE_END = /^(?:[ \t]+\p{Lu}\.?(?![\p{L}]))?(?:[,!?;]|\.(?![\p{L}\p{N}])|[ \t]+[-–—][ \t]|[ \t]*(?:\r?\n|$))/u;
// A name after these words is talked about, not talked to (`I agree with Nigel.`, `similar to MAS, ...`).
const NOT_VOCATIVE = new Set([
  'with', 'to', 'from', 'by', 'for', 'like', 'than', 'about', 'at', 'of', 'and', 'or', 'as', 'on', 'per', 'in', 'is',
  'was', 'what', 'that', 'told', 'asked', 'ask', 'tell', 'thank', 'unlike', 'but', 'nor', 'the', 'a', 'an', 'my',
  'your', 'his', 'her', 'their', 'our', 'this', 'via', 'into', 'over', 'under', 'after', 'before', 'without',
]);
// Thanks and its courtesy kin (`Congrats MAS.`, `Good luck Jim!`) address the person named right after them.
const THANKS =
  /\b(?:many thanks|thanks|thanx|thank you|thx|congrats|congratulations|cheers|kudos|bravo|well done|(?:good|great|nice) (?:job|work|post|point|luck|stuff|idea)|sorry|agreed)\b[ \t]*,?[ \t]*(?:(?:again|so much|very much|a lot|a bunch|too)\b[ \t]*,?[ \t]*)?/giu;

/** Every addressee cue in `raw`, unordered; URLs, markup and quoted (`>`) lines are ignored. */
export function findCues(raw: string, index: NameIndex): Cue[] {
  const text = maskForNlp(raw).replace(/^[ \t]*>.*$/gm, (m) => ' '.repeat(m.length));
  // The labelled threads count `thanks` and spoken-to names only in the opening sentence: later ones are asides.
  const end = firstSentenceEnd(text);
  return [...atMentions(text, index), ...leadingNames(text, index), ...thanks(text, end, index), ...vocatives(text, end, index)];
}

/**
 * `@Name`, `@ Name`, `@Nmae` when it is one typo away from exactly one earlier name, `@Chris` when exactly one earlier
 * name is a longer form of it (`Christopher`), and `@gw` when they are the initials of exactly one (`GWhitney`).
 */
function atMentions(text: string, index: NameIndex): Cue[] {
  const cues: Cue[] = [];
  for (const m of text.matchAll(AT)) {
    const at = m.index + m[0].length;
    const hit = matchNameAt(text, at, index) ?? matchMisspeltNameAt(text, at, index) ?? matchShortNameAt(text, at, index) ?? matchInitialsAt(text, at, index);
    if (hit) cues.push({ canonical: hit.canonical, offset: m.index, cue: 'at-mention' });
  }
  return cues;
}

/**
 * `Name -`, `Name,`, `Name:` (or `Hi Name`, `Mr. Name:`, `Glenn and MAS,`) opening the text; `Name -` opening a later
 * paragraph; `Name wrote,` / `Name said:` (a quote to answer) opening either.
 */
function leadingNames(text: string, index: NameIndex): Cue[] {
  const cues: Cue[] = [];
  let start = LEAD.exec(text)?.[0].length ?? 0;
  const greeting = GREETING.exec(text.slice(start));
  if (greeting) start += greeting[0].length;
  const title = TITLE.exec(text.slice(start));
  if (title) start += title[0].length;
  const opening: Cue[] = [];
  for (let at = start; ; ) {
    const hit = matchNameAt(text, at, index) ?? misspeltOpening(text, at, index);
    if (!hit) break;
    opening.push({ canonical: hit.canonical, offset: at, cue: 'leading-name' });
    const rest = text.slice(hit.end);
    const joiner = JOINER.exec(rest);
    if (joiner && matchNameAt(text, hit.end + joiner[0].length, index)) {
      at = hit.end + joiner[0].length;
      continue;
    }
    const clause = (I_CLAUSE.test(rest) || YOU_CLAUSE.test(rest)) && !ASKS_BEFORE_I.has(text.slice(at, hit.end).toLowerCase());
    if (greeting || LEAD_END.test(rest) || clause || SURNAME_END.test(rest) || QUOTES.test(rest)) cues.push(...opening);
    break;
  }
  for (const m of text.matchAll(PARAGRAPH_START)) {
    const at = m.index + m[0].length;
    if (at <= start) continue;
    const hit = matchNameAt(text, at, index);
    if (hit && (LATER_END.test(text.slice(hit.end)) || QUOTES.test(text.slice(hit.end))) && casedLikeName(text, at, hit.canonical, index)) {
      cues.push({ canonical: hit.canonical, offset: at, cue: 'leading-name' });
    }
  }
  return cues;
}

/**
 * A capitalised word of 5+ letters one typo away from exactly one earlier name, followed by a name's own punctuation
 * (`Goeff, MAS, ...` to Geoff, `Textdot, no, ...` to Texdot); shorter words are too often other words (`Well,` is one
 * letter from `Will`).
 */
function misspeltOpening(text: string, at: number, index: NameIndex): { canonical: string; end: number } | null {
  if (!/^\p{Lu}[\p{L}]{4}/u.test(text.slice(at, at + 5))) return null;
  const hit = matchMisspeltNameAt(text, at, index);
  return hit && LEAD_END.test(text.slice(hit.end)) ? hit : null;
}

/** Offset of the end of `text`'s first sentence (its first `.`, `!` or `?` before a space, or its first line end). */
function firstSentenceEnd(text: string): number {
  const start = text.length - text.replace(/^\s+/, '').length;
  return start + (SENTENCE_END.exec(text.slice(start))?.index ?? text.length);
}

/**
 * `Thanks Name`, `Thank you, Name`, `Congrats Name` starting before `end`; after thanks, a capitalised word may also be
 * the one earlier name it is a shorter form of (`Thanks Stuart.` to `StuartG`, `Thanks Chris` to `Christopher`).
 */
function thanks(text: string, end: number, index: NameIndex): Cue[] {
  const cues: Cue[] = [];
  // Only the opening sentence is searched: a match holds no sentence end (`.`, `!`, `?`, a line end), so one that
  // starts before `end` is the same in the sentence as in the whole text.
  for (const m of text.slice(0, end).matchAll(THANKS)) {
    const at = m.index + m[0].length;
    const hit = matchNameAt(text, at, index) ?? (/^\p{Lu}/u.test(text.charAt(at)) ? matchShortNameAt(text, at, index) : null);
    if (hit) cues.push({ canonical: hit.canonical, offset: m.index, cue: 'thanks' });
  }
  return cues;
}

/** A name spoken to before `end`: `Great tips, MAS.`, `I hope so too MAS, ...`, `Well said DHammy.` */
function vocatives(text: string, end: number, index: NameIndex): Cue[] {
  const cues: Cue[] = [];
  for (const m of text.slice(0, end).matchAll(WORD_START)) {
    const hit = matchNameAt(text, m.index, index);
    if (!hit || !VOCATIVE_END.test(text.slice(hit.end))) continue;
    const head = text.slice(Math.max(0, m.index - 40), m.index);
    if (head !== '' && !/(?:^|[,\s])$/u.test(head)) continue;
    const before = /([\p{L}'’]+)[ \t]*$/u.exec(head)?.[1]?.toLowerCase() ?? '';
    if (NOT_VOCATIVE.has(before) || !casedLikeName(text, m.index, hit.canonical, index)) continue;
    cues.push({ canonical: hit.canonical, offset: m.index, cue: 'leading-name' });
  }
  return cues;
}

/** Whether the name at `offset` is capitalised, unless its owner writes it in lower case (`chuck`): `joy` is a word. */
function casedLikeName(text: string, offset: number, canonical: string, index: NameIndex): boolean {
  const ch = text.charAt(offset);
  return ch !== ch.toLowerCase() || index.lowerCaseOwners.has(canonical);
}
