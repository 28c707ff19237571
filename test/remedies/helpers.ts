import { readFileSync } from 'node:fs';
import { Diagnostics } from '../../src/diagnostics.ts';
import { createNlp } from '../../src/nlp/wink.ts';
import { maskForNlp } from '../../src/nlp/prepare.ts';
import { ancestorsOf, builtinLexiconUrl, parseLexicon, type LexiconEntry } from '../../src/remedies/lexicon.ts';
import { createRemedyMatcher, type RemedyMatcher } from '../../src/remedies/matcher.ts';
import { extractRemedies } from '../../src/remedies/extract.ts';

/** The built-in lexicon, parsed once per test file. */
export const builtin: LexiconEntry[] = parseLexicon(readFileSync(builtinLexiconUrl, 'utf8'), 'lexicon.yaml', new Diagnostics());

let shared: RemedyMatcher | undefined;
/** A matcher over the built-in lexicon (one wink-nlp instance per test file). */
export function builtinMatcher(): RemedyMatcher {
  shared ??= createRemedyMatcher(builtin, createNlp());
  return shared;
}

/** Runs extraction on `text` as comment `c1` by `author`. */
export function extract(text: string, matcher = builtinMatcher(), author = 'ann', body_line = 10) {
  const doc = matcher.nlp.readDoc(maskForNlp(text));
  return extractRemedies(doc, matcher, { post_id: 'p1', comment_id: 'c1', author, text, body_line });
}

/** The remedy ids found in `text`, in order. */
export const ids = (text: string, matcher = builtinMatcher()) => extract(text, matcher).mentions.map((m) => m.remedy_id);

/** Whether `parent` is among the built-in lexicon's ancestors of `id`. */
export const under = (id: string, parent: string) => ancestorsOf(builtin, id).includes(parent);
