import { GROUP_WORDS, TOPIC_PASSIVES, TOPIC_WORDS } from './cues.ts';

/** Why a matched remedy name names something else: the people who follow it, or a topic spoken about. */
export type OtherSense = 'group' | 'topic';

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
