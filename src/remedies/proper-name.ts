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
