/**
 * What the NLP stage finds in one post, and its compact form for the records cache and the worker boundary (see
 * `analyze/record-codec.ts`). Schemas only: the NLP worker imports none of this at run time (types are erased), so it
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

/** A mention as `[comment_id, remedy_id, category, matched_text, negated, outcome, sentence, sentence_index, source_line]`. */
export const PackedMention = z.tuple([
  Mention.shape.comment_id,
  Mention.shape.remedy_id,
  Mention.shape.category,
  Mention.shape.matched_text,
  Mention.shape.negated,
  Mention.shape.outcome,
  PackedText,
  Mention.shape.sentence_index,
  Mention.shape.source_line,
]);
export type PackedMention = z.infer<typeof PackedMention>;

/** A sentence as `[comment_id, sentence_index, text, sentiment_score]`. */
export const PackedSentence = z.tuple([Sentence.shape.comment_id, Sentence.shape.sentence_index, PackedText, Sentence.shape.sentiment_score]);
export type PackedSentence = z.infer<typeof PackedSentence>;

/** `PostAnalysis` packed. */
export const PackedAnalysis = z.object({
  mentions: z.array(PackedMention),
  candidates: z.array(CandidateSighting.extend({ sentence: PackedText })),
  sentences: z.array(PackedSentence),
  sentiment: z.array(CommentSentiment),
});
export type PackedAnalysis = z.infer<typeof PackedAnalysis>;
