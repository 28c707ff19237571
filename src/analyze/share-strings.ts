/**
 * One copy of each repeated string in the records a run holds. A record that arrives from a worker (a structured
 * clone) or from the records file (`JSON.parse`) carries a fresh copy of every string: each mention's remedy id,
 * category, outcome and matched words, each comment's author, post id and source file, each sentiment label. They
 * take a string header each (32 bytes or more) and repeat over and over; in a 100k-comment corpus's records, sharing
 * them saves about a sixth of the records' memory.
 */
import type { PostRecord } from './post-record.ts';

/** The shared copies, by value: one pool per batch of records (a run's analyses, a records-file read). */
export type StringPool = Map<string, string>;

/**
 * Replaces the repeated strings of `record` by the copies in `pool` (adding the new ones), in place: call it only on
 * a record this thread has just received or parsed, before anything else reads it. Returns the record.
 */
export function shareStrings<R extends Pick<PostRecord, 'comments' | 'analysis'>>(record: R, pool: StringPool): R {
  const share = (s: string): string => {
    const known = pool.get(s);
    if (known !== undefined) return known;
    pool.set(s, s);
    return s;
  };
  const inPlace = (values: string[]) => {
    for (let i = 0; i < values.length; i++) values[i] = share(values[i]!);
  };
  for (const c of record.comments) {
    c.author = share(c.author);
    c.post_id = share(c.post_id);
    c.source_file = share(c.source_file);
  }
  const m = record.analysis.mentions;
  inPlace(m.remedy_id);
  inPlace(m.category);
  inPlace(m.matched_text);
  inPlace(m.outcome as string[]);
  for (const s of record.analysis.sentiment) s.sentiment_label = share(s.sentiment_label) as typeof s.sentiment_label;
  return record;
}
