import { z } from 'zod';
import type { CandidateSighting } from '../schema/mention.ts';

/** A row of `remedy_candidates.csv`: a term the lexicon lacks, how often and by how many commenters it was used. */
export const CandidateRow = z.object({ term: z.string(), mentions: z.number().int(), commenters: z.number().int(), example: z.string() });
export type CandidateRow = z.infer<typeof CandidateRow>;

/** Returns one row per term, ordered by commenters desc, mentions desc, term asc; the example is the term's first sighting. */
export function rankCandidates(sightings: readonly CandidateSighting[]): CandidateRow[] {
  const byTerm = new Map<string, { mentions: number; authors: Set<string>; example: string }>();
  for (const s of sightings) {
    const row = byTerm.get(s.term);
    if (row === undefined) byTerm.set(s.term, { mentions: 1, authors: new Set([s.author]), example: s.sentence });
    else {
      row.mentions++;
      row.authors.add(s.author);
    }
  }
  return [...byTerm]
    .map(([term, r]) => ({ term, mentions: r.mentions, commenters: r.authors.size, example: r.example }))
    .sort((a, b) => b.commenters - a.commenters || b.mentions - a.mentions || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
}
