// One match per token: the token's start, any leading punctuation, then its first letter or digit.
const WORD_START = /(?:^|\s)[^\s\p{L}\p{N}]*[\p{L}\p{N}]/gu;

/** Returns the number of whitespace-separated tokens that hold at least one letter or digit. */
export function countWords(text: string): number {
  return text.match(WORD_START)?.length ?? 0;
}
