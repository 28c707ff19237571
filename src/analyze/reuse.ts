/**
 * Reuse within a changed post. `analyzePost` reads the body and each comment on its own: a text's results depend on
 * the text, on the fields its rows carry (post id, comment id, author, line) and on the post's title (its topics),
 * nothing else. So when a post's file changed (a comment appended, one edited), the texts whose fields are all the
 * same keep their previous results and only the others are read. The merged analysis equals what reading the whole
 * post would give.
 */
import type { RawComment } from '../schema/comment.ts';
import type { ParsedPost } from '../schema/post.ts';
import type { PackedAnalysis, PostAnalysis } from '../schema/analysis.ts';
import { emptyAnalysis } from './post-analysis.ts';
import { packAnalysis, unpackAnalysis } from './record-codec.ts';

/** A post's previous ingest and NLP results (a cached record). */
export interface PreviousPost {
  post: ParsedPost;
  comments: readonly RawComment[];
  analysis: PackedAnalysis;
}

/** What to read of a changed post, and how to merge what is read with what is kept. */
export interface ReusePlan {
  /** Whether the body must be read (else its mentions are kept). */
  readBody: boolean;
  /** The comments to read, in post order. */
  toRead: RawComment[];
  /** Joins the analysis of the read texts with the kept results, in the order `analyzePost` gives (all packed). */
  merge(read: PackedAnalysis): PackedAnalysis;
}

/**
 * Plans the reading of `post` and `comments` given its `previous` results: every text is read when there is none, or
 * when comment ids are not unique within either version (results are matched by comment id).
 */
export function planReuse(previous: PreviousPost | undefined, post: ParsedPost, comments: readonly RawComment[]): ReusePlan {
  const all: ReusePlan = { readBody: true, toRead: [...comments], merge: (read) => read };
  // A changed title may change the thread's topics, which every text may name (`threadTopics`).
  if (!previous || previous.post.title !== post.title || !uniqueIds(comments) || !uniqueIds(previous.comments)) return all;
  const oldKeys = new Map(previous.comments.map((c) => [c.comment_id, commentKey(c)]));
  const kept = new Set(comments.filter((c) => oldKeys.get(c.comment_id) === commentKey(c)).map((c) => c.comment_id));
  const readBody = bodyKey(previous.post) !== bodyKey(post);
  if (kept.size === 0 && readBody) return all;
  const old = byComment(unpackAnalysis(previous.analysis, previous.post, previous.comments));
  const toRead = comments.filter((c) => !kept.has(c.comment_id));
  return {
    readBody,
    toRead,
    merge(read) {
      const fresh = byComment(unpackAnalysis(read, post, toRead));
      const out = emptyAnalysis();
      const add = (part: PostAnalysis | undefined) => {
        if (!part) return;
        out.mentions.push(...part.mentions);
        out.candidates.push(...part.candidates);
        out.sentences.push(...part.sentences);
        out.sentiment.push(...part.sentiment);
      };
      add((readBody ? fresh : old).get(BODY));
      for (const c of comments) add((kept.has(c.comment_id) ? old : fresh).get(c.comment_id));
      return packAnalysis(out, post, comments);
    },
  };
}

/** The body's results sit under the empty comment id (comment ids are never empty). */
const BODY = '';

/** Groups an analysis by comment id, each group in its original order. */
function byComment(analysis: PostAnalysis): Map<string, PostAnalysis> {
  const groups = new Map<string, PostAnalysis>();
  const group = (id: string) => {
    let g = groups.get(id);
    if (!g) groups.set(id, (g = emptyAnalysis()));
    return g;
  };
  for (const m of analysis.mentions) group(m.comment_id).mentions.push(m);
  for (const c of analysis.candidates) group(c.comment_id).candidates.push(c);
  for (const s of analysis.sentences) group(s.comment_id).sentences.push(s);
  for (const s of analysis.sentiment) group(s.comment_id).sentiment.push(s);
  return groups;
}

/** Every field of a comment that its analysis reads or writes into its rows. */
function commentKey(c: RawComment): string {
  return JSON.stringify([c.post_id, c.author, c.text, c.body_line]);
}

/** Every field of the post that the body's analysis reads or writes into its rows. */
function bodyKey(p: ParsedPost): string {
  return JSON.stringify([p.post_id, p.author, p.body, p.body_line]);
}

function uniqueIds(comments: readonly RawComment[]): boolean {
  return new Set(comments.map((c) => c.comment_id)).size === comments.length && comments.every((c) => c.comment_id !== BODY);
}
