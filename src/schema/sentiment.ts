import { z } from 'zod';

/** Comment-level sentiment label from the documented neutral band. */
export const SentimentLabel = z.enum(['positive', 'neutral', 'negative']);
export type SentimentLabel = z.infer<typeof SentimentLabel>;

/** One sentence of a comment with its adjusted score: a row of `sentences.csv`. */
export const Sentence = z.object({
  comment_id: z.string(),
  sentence_index: z.number().int().min(0),
  text: z.string(),
  sentiment_score: z.number(),
});
export type Sentence = z.infer<typeof Sentence>;

/** Sentiment of a whole text: adjusted score in [-1, 1] and its label. */
export const TextSentiment = z.object({
  sentiment_score: z.number(),
  sentiment_label: SentimentLabel,
});
export type TextSentiment = z.infer<typeof TextSentiment>;
