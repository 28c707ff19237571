import { HEALTH_WORDS } from './cues.ts';

/** What the food guard reads of one text: token normals, sentence token spans, and the sentences holding a cue or a non-food remedy. */
export type GuardView = {
  normals: readonly string[];
  sentenceSpans: readonly (readonly [number, number])[];
  /** Sentences holding an outcome cue other than praise (`helped`, `did nothing`). */
  cueSentences: ReadonlySet<number>;
  /** Sentences holding a remedy that is not a plain food (a supplement, a drug, a therapy). */
  remedySentences: ReadonlySet<number>;
};

/**
 * Returns a test telling whether a plain food word in sentence `s` may name a remedy: that sentence or one next to it
 * holds a health or trial word, an outcome cue (not mere praise) or a non-food remedy (`eucalyptus oil ... Dry: lots
 * of honey`). Eaten as food (`honey on my toast`) it is not a remedy; taken for something (`honey for my cough`) it is.
 */
export function createFoodGuard(view: GuardView): (s: number) => boolean {
  const near = (set: ReadonlySet<number>, s: number) => set.has(s) || set.has(s - 1) || set.has(s + 1);
  return (s) => near(view.cueSentences, s) || near(view.remedySentences, s) || [s - 1, s, s + 1].some((n) => hasHealthWord(view.normals, view.sentenceSpans[n]));
}

function hasHealthWord(normals: readonly string[], span: readonly [number, number] | undefined): boolean {
  if (span === undefined) return false;
  for (let t = span[0]; t <= span[1]; t++) if (HEALTH_WORDS.has(normals[t] ?? '')) return true;
  return false;
}
