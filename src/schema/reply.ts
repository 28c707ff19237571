import { z } from 'zod';

/** How an addressee was recognised: in a comment's text, or (`nested`) by the comment's place under another. */
export const ReplyCue = z.enum(['at-mention', 'leading-name', 'thanks', 'nested']);
export type ReplyCue = z.infer<typeof ReplyCue>;

/** One detected reply: a row of `replies.csv`. */
export const Reply = z.object({
  comment_id: z.string(),
  post_id: z.string(),
  reply_to_comment_id: z.string(),
  reply_to_author: z.string(),
  cue: ReplyCue,
});
export type Reply = z.infer<typeof Reply>;
