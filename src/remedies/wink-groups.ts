/**
 * Bracketed groups in the form wink-nlp reads. wink-nlp 2.4.0 (`examples-compiler.js`) tells a group of alternatives
 * (`[a|b|c]`) from a literal by a regex that needs every middle alternative to be at least two characters long, so
 * `[the|a|my]` is learned as something else and never matches, without an error. A pattern with such a group is
 * rewritten here into patterns that mean the same and that wink-nlp reads: the group's alternatives reordered (one
 * character long ones at the ends) and, when more than two are one character long, split over several patterns.
 */

/** wink-nlp 2.4.0's test for a group (`examples-compiler.js`); a group it fails is not read as alternatives. */
export const WINK_GROUP = /^\[((?:[^| ]+\|)+?|(?:\|[^| ]+)+?|(?:[^| ]+\|[^| ]+)+?|(?:[^| ]+))\]$/;

const GROUP = /\[[^\]]*\]/g;

/** Whether wink-nlp reads every bracketed group of `pattern` as its alternatives. */
export function winkReadsGroups(pattern: string): boolean {
  return (pattern.match(GROUP) ?? []).every((g) => WINK_GROUP.test(g));
}

/**
 * `pattern` as patterns wink-nlp reads the same way it was written: itself when it already is; else one pattern per
 * combination of the readable groups its unreadable groups split into. A group that no reordering or split can mend
 * (a space or an empty alternative inside it) is left as it is: wink-nlp reports or ignores it as before.
 */
export function winkPatterns(pattern: string): string[] {
  if (winkReadsGroups(pattern)) return [pattern];
  let out = [''];
  let last = 0;
  for (const m of pattern.matchAll(GROUP)) {
    const head = pattern.slice(last, m.index);
    const parts = WINK_GROUP.test(m[0]) ? [m[0]] : splitGroup(m[0]);
    out = out.flatMap((p) => parts.map((g) => p + head + g));
    last = m.index + m[0].length;
  }
  return out.map((p) => p + pattern.slice(last));
}

/** An unreadable group as readable groups that together hold its alternatives (or itself when none can). */
function splitGroup(group: string): string[] {
  const alternatives = group.slice(1, -1).split('|');
  if (alternatives.some((a) => a === '' || a.includes(' '))) return [group];
  const short = alternatives.filter((a) => a.length === 1);
  const long = alternatives.filter((a) => a.length > 1);
  const groups: string[][] = [];
  // The long alternatives in the middle, with a short one at each end; the other short ones in pairs.
  const ends = short.splice(0, 2);
  groups.push([...(ends[0] !== undefined ? [ends[0]] : []), ...long, ...(ends[1] !== undefined ? [ends[1]] : [])]);
  for (let i = 0; i < short.length; i += 2) groups.push(short.slice(i, i + 2));
  return groups.filter((g) => g.length > 0).map((g) => `[${g.join('|')}]`);
}
