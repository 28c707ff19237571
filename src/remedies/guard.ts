import { HEALTH_WORDS } from './cues.ts';
import { OTHER_FIELD_WORDS, TRIAL_WORDS } from './context-words.ts';

/** What the food guard reads of one text: token normals, sentence token spans, and the sentences holding a cue or a non-food remedy. */
export type GuardView = {
  normals: readonly string[];
  sentenceSpans: readonly (readonly [number, number])[];
  /** Sentences holding an outcome cue other than praise (`helped`, `did nothing`). */
  cueSentences: ReadonlySet<number>;
  /** Sentences holding a remedy that is not a plain food (a supplement, a drug, a therapy). */
  remedySentences: ReadonlySet<number>;
  /** Sentences holding a cue that reports an effect (helped, no effect, worse), not a plan or a question. */
  effectSentences: ReadonlySet<number>;
};

/**
 * Returns a test telling whether a plain food word in sentence `s` may name a remedy: that sentence or one next to it
 * holds a health or trial word, an outcome cue (not mere praise) or a non-food remedy (`eucalyptus oil ... Dry: lots
 * of honey`). Eaten as food (`honey on my toast`) it is not a remedy; taken for something (`honey for my cough`) it is.
 * A sentence about taste, cooking or money (`how good their coffee tasted`, `release the steam`, `biotech stocks`)
 * keeps its plain words in that sense unless it speaks of health itself: a neighbour's health word does not count there.
 */
export function createFoodGuard(view: GuardView): (s: number) => boolean {
  const near = (set: ReadonlySet<number>, s: number) => set.has(s) || set.has(s - 1) || set.has(s + 1);
  const words = (s: number) => tokensOf(view.normals, view.sentenceSpans[s]);
  const speaksOfHealth = (s: number) => words(s).some((w, i, ws) => isHealthWord(ws, i) && !TRIAL_WORDS.has(w));
  const otherField = (s: number) =>
    words(s).some((w) => OTHER_FIELD_WORDS.has(w)) && !speaksOfHealth(s) && !view.effectSentences.has(s) && !view.remedySentences.has(s);
  return (s) =>
    !otherField(s) && (near(view.cueSentences, s) || near(view.remedySentences, s) || [s - 1, s, s + 1].some((n) => words(n).some((_, i, ws) => isHealthWord(ws, i))));
}

/** Whether token `i` of `words` speaks of health: a health word, or the last word of `blood pressure`, `blood sugar`, `weight loss`, `fat loss`. */
function isHealthWord(words: readonly string[], i: number): boolean {
  const w = words[i]!;
  return HEALTH_WORDS.has(w) || (HEALTH_AFTER_BLOOD.has(w) && words[i - 1] === 'blood') || (w === 'loss' && BODY_LOSS.has(words[i - 1] ?? ''));
}

/** `weight loss`, `fat loss`: the body's loss, which a food may be eaten (or left out) for. */
const BODY_LOSS: ReadonlySet<string> = new Set(['weight', 'fat']);

const HEALTH_AFTER_BLOOD: ReadonlySet<string> = new Set(['pressure', 'sugar', 'sugars', 'glucose', 'work', 'test', 'tests', 'panel']);

function tokensOf(normals: readonly string[], span: readonly [number, number] | undefined): string[] {
  return span === undefined ? [] : normals.slice(span[0], span[1] + 1);
}
