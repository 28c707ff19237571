import { z } from 'zod';
import { RawComment } from '../schema/comment.ts';
import { Diagnostic } from '../schema/diagnostic.ts';
import { CandidateSighting, Mention } from '../schema/mention.ts';
import { ParsedPost } from '../schema/post.ts';
import { Sentence, TextSentiment } from '../schema/sentiment.ts';

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

/** Everything the per-file stages produce for one input file: the unit the cache stores and the corpus stage reads. */
export const PostRecord = z.object({
  source_file: z.string(),
  digest: z.string(),
  post: ParsedPost,
  comments: z.array(RawComment),
  diagnostics: z.array(Diagnostic),
  analysis: PostAnalysis,
});
export type PostRecord = z.infer<typeof PostRecord>;
