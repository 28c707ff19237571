const WORD = /\S*[\p{L}\p{N}]\S*/gu;

/** Returns the number of whitespace-separated tokens that hold at least one letter or digit. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
