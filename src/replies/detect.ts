import type { Reply } from '../schema/reply.ts';
import { findCues } from './cues.ts';
import type { Cue } from './cues.ts';
import { indexNames } from './names.ts';

/** The post fields reply detection reads. */
export type ReplyPost = { post_id: string; author: string };
/** The comment fields reply detection reads. */
export type ReplyComment = { comment_id: string; author: string; text: string; position: number; nested_in?: string };
/** Extra spellings (e.g. alias variants such as `Michael` for `MAS`) that may address an earlier commenter. */
export type DetectOptions = { extraNames?: readonly string[] };

/**
 * Returns the replies written into a thread: for each comment (in position order), the earlier commenters or the
 * post author it addresses by `@Name`, a leading `Name -`/`Name,`/`Name:` (or `Hi Name`), `Thanks Name` (or
 * `Congrats Name`, ...), or a name spoken to (`Great tips, MAS.`; cue `leading-name`), each resolved to that
 * person's most recent earlier comment (`reply_to_comment_id` is empty when the post author is addressed before
 * writing any comment). `resolve` maps a spelling to its canonical author.
 */
export function detectReplies(
  post: ReplyPost,
  comments: readonly ReplyComment[],
  resolve: (name: string) => string,
  options: DetectOptions = {},
): Reply[] {
  const ordered = [...comments].sort((a, b) => a.position - b.position);
  const authorKey = resolve(post.author);
  const lastComment = new Map<string, string>();
  const earlierNames: string[] = [post.author];
  const replies: Reply[] = [];
  for (const comment of ordered) {
    const self = resolve(comment.author);
    const addressable = new Set([authorKey, ...lastComment.keys()]);
    const extra = (options.extraNames ?? []).filter((n) => addressable.has(resolve(n)));
    const index = indexNames([...earlierNames, ...extra], resolve);
    const seen = new Set<string>([self]);
    // A reply nested under a comment answers that comment, whatever its text names.
    const parent = comment.nested_in === undefined ? undefined : ordered.find((c) => c.comment_id === comment.nested_in);
    if (parent !== undefined && resolve(parent.author) !== self) {
      seen.add(resolve(parent.author));
      replies.push({ comment_id: comment.comment_id, post_id: post.post_id, reply_to_comment_id: parent.comment_id, reply_to_author: resolve(parent.author), cue: 'nested' });
    }
    for (const cue of findCues(comment.text, index).sort(byPosition)) {
      if (seen.has(cue.canonical) || !addressable.has(cue.canonical)) continue;
      seen.add(cue.canonical);
      replies.push({
        comment_id: comment.comment_id,
        post_id: post.post_id,
        reply_to_comment_id: lastComment.get(cue.canonical) ?? '',
        reply_to_author: cue.canonical,
        cue: cue.cue,
      });
    }
    lastComment.set(self, comment.comment_id);
    earlierNames.push(comment.author);
  }
  return replies;
}

const CUE_RANK = { 'at-mention': 0, 'leading-name': 1, thanks: 2 } as const;

function byPosition(a: Cue, b: Cue): number {
  return a.offset - b.offset || CUE_RANK[a.cue] - CUE_RANK[b.cue];
}

/** Returns comment_id -> the first addressee's canonical name (the `reply_to_author` column of `comments.csv`). */
export function firstAddressees(replies: readonly Reply[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const r of replies) if (!first.has(r.comment_id)) first.set(r.comment_id, r.reply_to_author);
  return first;
}
