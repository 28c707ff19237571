import { LIST_GLUE, SOURCE_TRIGGERS } from './context-words.ts';

const WINDOW = 10;
const LIST_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'CCONJ', 'PUNCT']);

/**
 * Returns whether the name at token `start` is an item of a list that names where a substance sits or goes: after
 * `found in`, `contained in`, `present in` (`catechin, also found in red wine and cocoa`) or `loss of`, `excretion of`
 * (`the body's loss of calcium, magnesium, zinc`). It then names a source or a constituent, not something taken.
 * `sentenceStart` bounds the look-back; only list tokens (nouns, adjectives, glue) may stand between.
 */
export function isNamedAsSource(normals: readonly string[], pos: readonly string[], sentenceStart: number, start: number): boolean {
  for (let i = start - 1; i >= Math.max(sentenceStart + 1, start - WINDOW); i--) {
    if (SOURCE_TRIGGERS.has(`${normals[i - 1] ?? ''} ${normals[i] ?? ''}`)) return true;
    // A participle may qualify an item (`fermented and aged cheeses`, `coffee (caffeinated or decaf)`).
    const participle = pos[i] === 'VERB' && /ed$/.test(normals[i] ?? '');
    if (!LIST_POS.has(pos[i] ?? '') && !LIST_GLUE.has(normals[i] ?? '') && !participle) return false;
  }
  return false;
}
