import { z } from 'zod';

/** What a run leaves for the next one to compare against: compact lists, not the tables themselves. */
export const Snapshot = z.object({
  posts: z.array(z.string()),
  /** `[comment_id, post_id, position, author]` per comment, author canonical. */
  comments: z.array(z.tuple([z.string(), z.string(), z.number(), z.string()])),
  /** Remedy ids mentioned in comments. */
  remedies: z.array(z.string()),
});
export type Snapshot = z.infer<typeof Snapshot>;

/** Builds the snapshot of a run from its comments and remedy mentions (sorted, so it is deterministic). */
export function takeSnapshot(input: {
  posts: readonly { post_id: string }[];
  comments: readonly { comment_id: string; post_id: string; position: number; author_key: string }[];
  mentions: readonly { remedy_id: string; comment_id: string }[];
}): Snapshot {
  return {
    posts: input.posts.map((p) => p.post_id).sort(),
    comments: input.comments
      .map((c): [string, string, number, string] => [c.comment_id, c.post_id, c.position, c.author_key])
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
    remedies: [...new Set(input.mentions.filter((m) => m.comment_id !== '').map((m) => m.remedy_id))].sort(),
  };
}
