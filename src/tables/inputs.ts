import { z } from 'zod';
import { TimedComment } from '../schema/comment.ts';
import { Mention } from '../schema/mention.ts';
import { Post } from '../schema/post.ts';
import { Reply } from '../schema/reply.ts';
import { Sentence, SentimentLabel } from '../schema/sentiment.ts';

/** A comment as the table builders read it: the timed comment plus its canonical author, first addressee and sentiment. */
export const TableComment = TimedComment.extend({
  /** Canonical author (aliases and case variants merged). */
  author_key: z.string(),
  /** Canonical name of the first addressee, empty when the comment addresses nobody. */
  reply_to_author: z.string(),
  sentiment_score: z.number().nullable(),
  sentiment_label: SentimentLabel.nullable(),
});
export type TableComment = z.infer<typeof TableComment>;

/** Everything the participation and sentiment tables are computed from. */
export const TablesInput = z.object({
  posts: z.array(Post),
  comments: z.array(TableComment),
  replies: z.array(Reply),
  mentions: z.array(Mention),
  sentences: z.array(Sentence),
  /** Canonical names of the posts' authors. */
  blog_authors: z.array(z.string()),
});
export type TablesInput = z.infer<typeof TablesInput>;
