import type { Doc, Nlp } from '../nlp/wink.ts';
import { lookup, F, LEMMA_CORE, LEMMA_STEP, type TokenInfo, type TokenTable } from './token-info.ts';

// Phases per doc: one `out()` per token property (normal, value, preceding spaces, negation only when the doc has
// one) -> one table lookup per token -> lemmas only for tokens whose normal could lemmatize to a known word.

/** Per-token data of one doc, as plain arrays indexed by token. */
export type DocTokens = {
  readonly normal: readonly string[];
  readonly value: readonly string[];
  /** Lemma of token `i` where it could be a phrase word other than the normal (computed on first ask), else undefined. */
  readonly stepLemma: (i: number) => string | undefined;
  /** Table entry of the normal, and of the lemma (undefined unless the lemma differs and is known). */
  readonly infoN: readonly TokenInfo[];
  readonly infoL: readonly (TokenInfo | undefined)[];
  /** `F` bits of normal or lemma (neutral-before-symptom from the normal only). */
  readonly flags: Int32Array;
  /** wink's negation flags, undefined when the doc has no negation. */
  readonly negated: Uint8Array | undefined;
  /** Start offset of each token in the text the doc was read from, or undefined when it could not be rebuilt. */
  readonly starts: Int32Array | undefined;
};

// wink's lemma costs ~10x a normal; asked token by token it pays off below this share of lemma tokens.
const ITEMWISE_SHARE = 0.08;
// The scorer's old locator gave up on a token more than this many characters past the previous one.
const MAX_GAP = 200;

/** Returns the per-token arrays of `doc`, looked up in `table`. */
export function readDocTokens(doc: Doc, nlp: Nlp, table: TokenTable): DocTokens {
  const its = nlp.its;
  const tokens = doc.tokens();
  const normal = tokens.out(its.normal) as string[];
  const value = tokens.out() as string[];
  const n = normal.length;
  const infoN = new Array<TokenInfo>(n);
  const infoL = new Array<TokenInfo | undefined>(n);
  const lemma = new Array<string | undefined>(n);
  const flags = new Int32Array(n);
  const want: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = lookup(table, normal[i]!);
    infoN[i] = x;
    flags[i] = x.flags;
    if (x.lemma & LEMMA_CORE) want.push(i);
  }
  // wink's typings give lemma the raw-document signature; tokens.out and item.out accept it at run time.
  const itsLemma = its.lemma as unknown as typeof its.normal;
  const asked = new Array<boolean | undefined>(n);
  if (want.length > 0) {
    const all = want.length > n * ITEMWISE_SHARE ? (tokens.out(itsLemma) as string[]) : undefined;
    for (const i of want) {
      asked[i] = true;
      const l = all ? all[i]! : (tokens.itemAt(i).out(itsLemma) as string);
      if (l === normal[i]) continue;
      lemma[i] = l;
      const y = table.info.get(l);
      infoL[i] = y;
      if (y !== undefined) flags[i]! |= y.flags & ~F.neutralBeforeSymptom;
    }
  }
  let negated: Uint8Array | undefined;
  if (doc.out(its.negationFlag as unknown as typeof its.value) as unknown as boolean) {
    const flagsOut = tokens.out(its.negationFlag as unknown as typeof its.normal) as unknown as boolean[];
    negated = new Uint8Array(n);
    for (let i = 0; i < n; i++) if (flagsOut[i]) negated[i] = 1;
  }
  const stepLemma = (i: number): string | undefined => {
    if (!asked[i]) {
      asked[i] = true;
      if (infoN[i]!.lemma & LEMMA_STEP) {
        const l = tokens.itemAt(i).out(itsLemma) as string;
        if (l !== normal[i]) lemma[i] = l;
      }
    }
    return lemma[i];
  };
  return { normal, value, stepLemma, infoN, infoL, flags, negated, starts: tokenStarts(tokens.out(its.precedingSpaces) as string[], value) };
}

// Offsets rebuilt from wink's preceding spaces; undefined where the old indexOf locator would have given up.
function tokenStarts(spaces: readonly string[], value: readonly string[]): Int32Array | undefined {
  const starts = new Int32Array(value.length);
  let at = 0;
  for (let i = 0; i < value.length; i++) {
    const gap = spaces[i]!.length;
    if (gap > MAX_GAP) return undefined;
    at += gap;
    starts[i] = at;
    at += value[i]!.length;
  }
  return starts;
}
