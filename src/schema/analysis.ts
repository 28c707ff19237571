/**
 * What the NLP stage finds in one post, and the compact form records hold it in (from the workers, in memory and in
 * the records file; see `analyze/record-codec.ts`). Schemas only: the NLP worker imports none of this at run time (types are erased), so it
 * starts without loading zod.
 */
import { z } from 'zod';
import { CandidateSighting, Mention } from './mention.ts';
import { Sentence, TextSentiment } from './sentiment.ts';

/** Sentiment of one comment, as the NLP stage returns it. */
export const CommentSentiment = TextSentiment.extend({ comment_id: z.string() });
export type CommentSentiment = z.infer<typeof CommentSentiment>;

/** What the NLP stage finds in one post: remedy mentions, discovery sightings, sentences and comment sentiment. */
export const PostAnalysis = z.object({
  mentions: z.array(Mention),
  candidates: z.array(CandidateSighting),
  sentences: z.array(Sentence),
  sentiment: z.array(CommentSentiment),
});
export type PostAnalysis = z.infer<typeof PostAnalysis>;

/** A string, or the `[start, end]` range of its source text that holds it. */
export const PackedText = z.union([z.string(), z.tuple([z.number().int().min(0), z.number().int().min(0)])]);
export type PackedText = z.infer<typeof PackedText>;

/**
 * Texts as `[start, end)` ranges of their comment's text (or the post body), one per row; a row whose text is not
 * found there, or is too short to be worth a range, has start -1 and its text in `literals`, in row order.
 */
export const PackedTexts = z.object({
  start: z.array(z.number().int().min(-1)),
  end: z.array(z.number().int().min(-1)),
  literals: z.array(z.string()),
});
export type PackedTexts = z.infer<typeof PackedTexts>;

/** A comment of the record by its index in the record's comments; -1 is the post body (an empty comment id). */
const CommentIndex = z.number().int().min(-1);

/** Mentions as columns, one array per field, without their post id (the record's). */
export const PackedMentions = z.object({
  comment: z.array(CommentIndex),
  remedy_id: z.array(Mention.shape.remedy_id),
  category: z.array(Mention.shape.category),
  matched_text: z.array(Mention.shape.matched_text),
  negated: z.array(Mention.shape.negated),
  outcome: z.array(Mention.shape.outcome),
  sentence: PackedTexts,
  sentence_index: z.array(Mention.shape.sentence_index),
  source_line: z.array(Mention.shape.source_line),
});
export type PackedMentions = z.infer<typeof PackedMentions>;

/** Sentences as columns. */
export const PackedSentences = z.object({
  comment: z.array(CommentIndex),
  sentence_index: z.array(Sentence.shape.sentence_index),
  text: PackedTexts,
  sentiment_score: z.array(Sentence.shape.sentiment_score),
});
export type PackedSentences = z.infer<typeof PackedSentences>;

/** `PostAnalysis` packed. */
export const PackedAnalysis = z.object({
  mentions: PackedMentions,
  candidates: z.array(CandidateSighting.extend({ sentence: PackedText })),
  sentences: PackedSentences,
  sentiment: z.array(CommentSentiment),
});
export type PackedAnalysis = z.infer<typeof PackedAnalysis>;
