/**
 * The participation tables whose rows each belong to one post (`post_activity`, `response_times`), assembled from
 * per-post rows: a post whose rows are known (kept in its record's memo) is not computed again; the others are
 * computed together with arquero, and their rows returned for their memos.
 */
import type { ColumnTable } from 'arquero';
import { z } from 'zod';
import { tableFromRows } from '../output/csv.ts';
import type { TablesInput } from '../tables/inputs.ts';
import { buildPostActivity, postActivityOf } from '../tables/post-activity.ts';
import { authorAnswers, responseTimesOf } from '../tables/response-times.ts';

/** A `post_activity.csv` row. */
export const PostActivityRow = z.object({
  post_id: z.string(),
  comments: z.number(),
  commenters: z.number(),
  first_comment_utc: z.string().nullable(),
  last_comment_utc: z.string().nullable(),
  lifespan_hours: z.number().nullable(),
  author_comments: z.number(),
  author_reply_rate: z.number().nullable(),
  median_author_response_minutes: z.number().nullable(),
});
export type PostActivityRow = z.infer<typeof PostActivityRow>;

/** A `response_times.csv` row. */
export const ResponseRow = z.object({ comment_id: z.string(), reply_comment_id: z.string(), response_minutes: z.number().nullable() });
export type ResponseRow = z.infer<typeof ResponseRow>;

/** One post's rows in the per-post participation tables. */
export const PostParticipation = z.object({ activity: PostActivityRow, responses: z.array(ResponseRow) });
export type PostParticipation = z.infer<typeof PostParticipation>;

type Input = Pick<TablesInput, 'posts' | 'comments' | 'replies'>;

/**
 * Returns `post_activity` and `response_times` over `input`, taking the rows of each post id in `known` as they are,
 * and the rows computed for the other posts, by post id. `known` must be empty when post ids repeat (a post id then
 * stands for several posts, and their rows are computed together).
 */
export function perPostParticipation(
  input: Input,
  known: ReadonlyMap<string, PostParticipation>,
): { post_activity: ColumnTable; response_times: ColumnTable; computed: Map<string, PostParticipation> } {
  const computed = computeParticipation(subsetOf(input, known));
  const activity: PostActivityRow[] = [];
  const responses: ResponseRow[] = [];
  for (const part of [...known.values(), ...computed.values()]) {
    activity.push(part.activity);
    responses.push(...part.responses);
  }
  // A post id that repeats gives one row per post, all alike (see `buildPostActivity`).
  const rows = input.posts.length === activity.length ? activity : input.posts.map((p) => (known.get(p.post_id) ?? computed.get(p.post_id))!.activity);
  return {
    post_activity: postActivityOf(tableFromRows('post_activity', rows)),
    response_times: responseTimesOf(tableFromRows('response_times', responses)),
    computed,
  };
}

/** The posts of `input` whose rows are not in `known`, with their comments and replies. */
function subsetOf(input: Input, known: ReadonlyMap<string, PostParticipation>): Input {
  if (known.size === 0) return input;
  const keep = (p: { post_id: string }) => !known.has(p.post_id);
  return { posts: input.posts.filter(keep), comments: input.comments.filter(keep), replies: input.replies.filter(keep) };
}

/** Each post's rows, by post id, computed with arquero over all of `input` at once. */
function computeParticipation(input: Input): Map<string, PostParticipation> {
  const parts = new Map<string, PostParticipation>();
  if (input.posts.length === 0) return parts;
  for (const r of buildPostActivity(input).objects() as Record<keyof PostActivityRow, unknown>[]) {
    parts.set(r.post_id as string, {
      activity: {
        post_id: r.post_id as string,
        comments: r.comments as number,
        commenters: r.commenters as number,
        first_comment_utc: (r.first_comment_utc as string | null | undefined) ?? null,
        last_comment_utc: (r.last_comment_utc as string | null | undefined) ?? null,
        lifespan_hours: (r.lifespan_hours as number | null | undefined) ?? null,
        author_comments: r.author_comments as number,
        author_reply_rate: (r.author_reply_rate as number | null | undefined) ?? null,
        median_author_response_minutes: (r.median_author_response_minutes as number | null | undefined) ?? null,
      },
      responses: [],
    });
  }
  for (const r of authorAnswers(input).objects() as Record<'post_id' | keyof ResponseRow, unknown>[]) {
    parts.get(r.post_id as string)?.responses.push({
      comment_id: r.comment_id as string,
      reply_comment_id: r.reply_comment_id as string,
      response_minutes: (r.response_minutes as number | null | undefined) ?? null,
    });
  }
  return parts;
}
