import { TITLE_GENERIC_WORDS } from './context-words.ts';

/**
 * Returns whether token `t` is a capitalised word inside a capitalised name (`Tales of the Glitter Gym`, `El Diablo
 * Coffee`): not the first token of its sentence, and a capitalised word stands right before or after it. A plain word
 * (`gym`, `coffee`) written so names a place, a brand or a title, not the remedy.
 */
export function isInsideName(values: readonly string[], sentenceStart: number, t: number): boolean {
  if (t <= sentenceStart || !isCapitalised(values[t])) return false;
  return isCapitalised(values[t - 1]) || isCapitalised(values[t + 1]);
}

// `I` is capitalised by rule, not as part of a name; a word in capitals (`GYM`) is shouting, not a name.
function isCapitalised(word: string | undefined): boolean {
  return word !== undefined && word !== 'I' && /^[A-Z][a-z]/.test(word);
}

/**
 * Returns whether the one-token generic name at `t` (`Diet`, `Exercise`) is written as part of a capitalised name or
 * title in its sentence starting at `sentenceStart`: capitalised, with a capitalised word (not `I`) or a number
 * right before it (`The Anti-Estrogenic Diet`), or right after it (`Diet Coke`, `Diet Recovery 2`). Unlike
 * `isInsideName` it holds at a sentence's start too, where a generic word is read with the word after it.
 */
export function isGenericWordInName(values: readonly string[], normals: readonly string[], sentenceStart: number, t: number): boolean {
  if (!TITLE_GENERIC_WORDS.has(normals[t] ?? '') || !/^\p{Lu}/u.test(values[t] ?? '')) return false;
  const named = (i: number) => i >= sentenceStart && /^(\p{Lu}|\d)/u.test(values[i] ?? '') && values[i] !== 'I';
  return (t > sentenceStart && named(t - 1)) || named(t + 1);
}
