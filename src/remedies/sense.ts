import { GROUP_WORDS, MODIFIED_HEADS_KEPT, REMEDY_HEADS, TOPIC_PASSIVES, TOPIC_WORDS } from './cues.ts';

/** Why a matched remedy name names something else: the people who follow it, a topic spoken about, or another thing it qualifies. */
export type OtherSense = 'group' | 'topic' | 'modifier';

/**
 * Returns the other sense of the remedy name at tokens `start..end` (by token normal forms), or undefined when it may
 * name the remedy: followed by a group word (`keto crowd`, `Blue Zones folks`) it names people; followed by a topic
 * word (`vitamin D production`, `magnesium levels`) or a passive of study (`how vitamin D is measured`) it names a topic.
 */
export function otherSenseOf(normals: readonly string[], end: number): OtherSense | undefined {
  const next = normals[end + 1] ?? '';
  if (GROUP_WORDS.has(next)) return 'group';
  if (TOPIC_WORDS.has(next)) return 'topic';
  if (/^(is|are|was|were|being|been)$/.test(next) && TOPIC_PASSIVES.has(normals[end + 2] ?? '')) return 'topic';
  return undefined;
}

/**
 * Returns whether the one-word plain name at token `t` qualifies the noun after it (`gym bag`, `workout days`,
 * `coffee table`): it then names that other thing. A remedy head (`coffee enema`, `gym routine`) keeps it.
 */
export function isModifier(normals: readonly string[], pos: readonly string[], t: number): boolean {
  const next = normals[t + 1] ?? '';
  return (pos[t + 1] === 'NOUN' || pos[t + 1] === 'PROPN') && /^[a-z]/.test(next) && !REMEDY_HEADS.has(next) && !MODIFIED_HEADS_KEPT.has(next);
}
