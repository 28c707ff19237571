import { z } from 'zod';

/** What the words around a remedy mention say about it. */
export const Outcome = z.enum(['helped', 'no-effect', 'worse', 'considering', 'unknown']);
export type Outcome = z.infer<typeof Outcome>;

/** One remedy mention: a row of `remedy_mentions.csv`. `comment_id` is empty for mentions in the post body. */
export const Mention = z.object({
  post_id: z.string(),
  comment_id: z.string(),
  remedy_id: z.string(),
  category: z.string(),
  matched_text: z.string(),
  negated: z.boolean(),
  outcome: Outcome,
  sentence: z.string(),
  /** 0-based index of that sentence in its text (joins to `sentences.csv`; not written to `remedy_mentions.csv`). */
  sentence_index: z.number().int().min(0),
  source_line: z.number().int().min(1),
});
export type Mention = z.infer<typeof Mention>;

/** A term found in a remedy-like context that the lexicon lacks, seen once (aggregated into `remedy_candidates.csv`). */
export const CandidateSighting = z.object({
  term: z.string(),
  post_id: z.string(),
  comment_id: z.string(),
  author: z.string(),
  sentence: z.string(),
});
export type CandidateSighting = z.infer<typeof CandidateSighting>;
