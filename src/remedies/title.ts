/**
 * Returns whether tokens `start..end` lie inside a quoted or parenthesised title (`"My Bench Press Sucks and I Don't
 * Care"`, `"Low Carb Myth"`, `(Happiness for People Who Can't Stand Positive Thinking)`) in the sentence `span`: an
 * opening and a closing delimiter around them with more words than the match, at most a dozen, each capitalised but
 * for small glue words. A remedy name so written names a book, a site or a show, not the remedy; a quote or a
 * bracket holding the name alone (`"Foundation Training"`, `(HIT)`) keeps it, and so does a bracketed list (`(Paleo, WAPF, PHD,
 * Peat)`).
 */
export function isInsideQuotedTitle(values: readonly string[], span: readonly [number, number], start: number, end: number): boolean {
  return DELIMITERS.some(([opens, closes]) => isInsideDelimitedTitle(values, span, start, end, opens, closes));
}

function isInsideDelimitedTitle(
  values: readonly string[],
  span: readonly [number, number],
  start: number,
  end: number,
  opens: ReadonlySet<string>,
  closes: ReadonlySet<string>,
): boolean {
  let open = -1;
  // A bracket closed before the match (`(Telfast) 6) Acetylcysteine`) does not enclose it.
  for (let i = start - 1; i >= span[0]; i--) {
    if (opens.has(values[i] ?? '')) {
      open = i;
      break;
    }
    if (closes.has(values[i] ?? '')) break;
  }
  let close = -1;
  for (let i = end + 1; i <= span[1]; i++) {
    if (closes.has(values[i] ?? '')) {
      close = i;
      break;
    }
    if (opens.has(values[i] ?? '')) break;
  }
  if (open < 0 || close < 0) return false;
  // A bracket holding three or more items between commas (`camps (Paleo, WAPF, PHD, Peat)`) is a list of names, not a title.
  if (values[open] === '(' && values.slice(open + 1, close).filter((w) => w === ',').length >= 2) return false;
  const inner = values.slice(open + 1, close).filter((w) => /\p{L}/u.test(w));
  if (inner.length <= end - start + 1 || inner.length > MAX_TITLE_WORDS) return false;
  return inner.every((w) => /^\p{Lu}/u.test(w) || SMALL_WORDS.has(w.toLowerCase()));
}

const MAX_TITLE_WORDS = 12;
const QUOTES: ReadonlySet<string> = new Set(['"', '“', '”']);
// Quotes open and close alike; a bracket's closer differs from its opener.
const DELIMITERS: readonly (readonly [ReadonlySet<string>, ReadonlySet<string>])[] = [
  [QUOTES, QUOTES],
  [new Set(['(']), new Set([')'])],
];
// Glue words a title keeps in lower case, and the pieces wink splits off contractions (`Don't` -> `Do`, `n't`).
const SMALL_WORDS: ReadonlySet<string> = new Set(
  "a an the and or but nor of to in on at for by with from as vs n't 's 're 've 'll 'd 'm".split(' '),
);
