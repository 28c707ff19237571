/**
 * A thread's topics: the remedies its post's title names. Inside such a thread commenters name the topic with words
 * that name nothing on their own elsewhere: `potatoes` in a thread titled "The Potato Diet", `LG` under "Intermittent
 * Fasting - Life After Leangains", `donating` under "The Selfish Case For Donating Blood". The lexicon lists those words
 * per entry (`topic`); in the thread's texts each one that no other match or veto covers is a mention of the topic. A
 * word the lexicon already matches (an `exact` abbreviation such as `IF`) is covered wherever it occurs, so listing it
 * here changes nothing.
 *
 * A food the title names as a remedy is the thread's intervention too: under "Update on My Ice Cream Experiment" every
 * `ice cream` is the experiment's, so a food entry's guarded words (`guarded`, which elsewhere count only beside health
 * talk) count there as they stand. The title must name it as a remedy, with the health or effect talk it needs in any
 * sentence: "The Pressure Cooker is a Game Changer" and "Kimchi 101" are about a kitchen, and their threads keep the
 * guard. Scenery words of other kinds (`gym` under "Tales From the Glitter Gym") keep their guard.
 */
import type { LexiconEntry } from './lexicon.ts';

/**
 * A remedy as a thread's topic: its thread words (lower-case ones compared with a token's normal form, the others with
 * its text as written), and whether its guarded words count without health talk in the thread (`unguarded`: a food).
 */
export type Topic = { readonly id: string; readonly words: ReadonlySet<string>; readonly exact: ReadonlySet<string>; readonly unguarded: boolean };

/** The topics of the entries that may be one, by id: those that list thread words and the foods with guarded words. */
export function compileTopics(entries: readonly LexiconEntry[]): Map<string, Topic> {
  const topics = new Map<string, Topic>();
  for (const e of entries) {
    const unguarded = isGuardedFood(e);
    if (e.topic.length === 0 && !unguarded) continue;
    const lower = e.topic.filter((w) => w === w.toLowerCase());
    topics.set(e.id, { id: e.id, words: new Set(lower), exact: new Set(e.topic.filter((w) => w !== w.toLowerCase())), unguarded });
  }
  return topics;
}

/** Whether `e` is a food whose guarded words a title may free of their guard (see above). */
export function isGuardedFood(e: LexiconEntry): boolean {
  return e.category === 'diet-and-food' && e.guarded.length > 0;
}

/** The topics among `ids` (the remedies a title names), each once, in the order first named. */
export function topicsOf(ids: readonly string[], topics: ReadonlyMap<string, Topic>): Topic[] {
  const out: Topic[] = [];
  for (const id of ids) {
    const t = topics.get(id);
    if (t !== undefined && !out.includes(t)) out.push(t);
  }
  return out;
}

/** Whether `text` may hold a thread word of `topics` (a cheap test before its tokens are read). */
export function mayNameTopic(text: string, topics: readonly Topic[]): boolean {
  if (!topics.some((t) => t.words.size > 0 || t.exact.size > 0)) return false;
  const lower = text.toLowerCase();
  return topics.some((t) => [...t.words, ...t.exact].some((w) => lower.includes(w.toLowerCase())));
}

/**
 * The one-token spans (`r:<id>`) of the thread words in a text's tokens (`values` as written, `normals`), outside every
 * span of `spans` that names a remedy or vetoes one (`sweet potatoes`, `couch potato` stay what they are). A token
 * that is the thread word of two topics names the first.
 */
export function topicSpans(
  values: readonly string[],
  normals: readonly string[],
  spans: readonly { type: string; start: number; end: number }[],
  topics: readonly Topic[],
): { type: string; start: number; end: number }[] {
  const covered = new Uint8Array(values.length);
  for (const s of spans) if (s.type.startsWith('r:') || s.type === 'x') covered.fill(1, s.start, s.end + 1);
  const out: { type: string; start: number; end: number }[] = [];
  for (let i = 0; i < values.length; i++) {
    if (covered[i] === 1) continue;
    const t = topics.find((t) => t.exact.has(values[i] ?? '') || t.words.has(normals[i] ?? ''));
    if (t !== undefined) out.push({ type: `r:${t.id}`, start: i, end: i });
  }
  return out;
}
