/**
 * What the NLP stage finds in one post. Its own module, so that the NLP worker, which imports it, does not load the
 * corpus stage's schemas (times, links, replies) and their packages.
 */
import { z } from 'zod';
import { CandidateSighting, Mention } from '../schema/mention.ts';
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

/** An analysis with nothing found: the start of one being built. */
export function emptyAnalysis(): PostAnalysis {
  return { mentions: [], candidates: [], sentences: [], sentiment: [] };
}
