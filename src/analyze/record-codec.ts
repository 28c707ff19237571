/**
 * A compact form of a post's NLP results for the records cache and the worker boundary: sentence texts, mention
 * sentences and discovery examples are cut from their comment's text (or the post body), so each is stored as a
 * `[start, end]` range of that text instead of a second copy. Unpacking slices the range again, so the strings it
 * returns share the text's memory. A string that is not found in its text is kept as it is.
 */
import { z } from 'zod';
import type { RawComment } from '../schema/comment.ts';
import type { ParsedPost } from '../schema/post.ts';
import { CandidateSighting, Mention } from '../schema/mention.ts';
import { Sentence } from '../schema/sentiment.ts';
import { CommentSentiment, type PostAnalysis } from './post-analysis.ts';

/** A string, or the `[start, end]` range of its source text that holds it. */
export const PackedText = z.union([z.string(), z.tuple([z.number().int().min(0), z.number().int().min(0)])]);
export type PackedText = z.infer<typeof PackedText>;

/** `PostAnalysis` with its sentence texts packed. */
export const PackedAnalysis = z.object({
  mentions: z.array(Mention.extend({ sentence: PackedText })),
  candidates: z.array(CandidateSighting.extend({ sentence: PackedText })),
  sentences: z.array(Sentence.extend({ text: PackedText })),
  sentiment: z.array(CommentSentiment),
});
export type PackedAnalysis = z.infer<typeof PackedAnalysis>;

/** Returns `analysis` with every sentence text replaced by its range in the comment's text (or `post.body`). */
export function packAnalysis(analysis: PostAnalysis, post: ParsedPost, comments: readonly RawComment[]): PackedAnalysis {
  const source = sources(post, comments);
  const packer = (commentId: string) => {
    const text = source(commentId);
    let cursor = 0; // texts come in order, so the next one is usually found right after the last
    return (s: string): PackedText => {
      if (text === undefined || s.length < MIN_PACKED) return s;
      let at = text.indexOf(s, cursor);
      if (at < 0) at = text.indexOf(s);
      if (at < 0) return s;
      cursor = at;
      return [at, at + s.length];
    };
  };
  return {
    mentions: mapByComment(analysis.mentions, packer, (m, pack) => ({ ...m, sentence: pack(m.sentence) })),
    candidates: mapByComment(analysis.candidates, packer, (c, pack) => ({ ...c, sentence: pack(c.sentence) })),
    sentences: mapByComment(analysis.sentences, packer, (s, pack) => ({ ...s, text: pack(s.text) })),
    sentiment: analysis.sentiment,
  };
}

/** Returns the analysis `packAnalysis` packed, cutting each range from the same comment texts and post body. */
export function unpackAnalysis(packed: PackedAnalysis, post: ParsedPost, comments: readonly RawComment[]): PostAnalysis {
  const source = sources(post, comments);
  const unpack = (commentId: string, t: PackedText): string => (typeof t === 'string' ? t : (source(commentId) ?? '').slice(t[0], t[1]));
  return {
    mentions: packed.mentions.map((m) => ({ ...m, sentence: unpack(m.comment_id, m.sentence) })),
    candidates: packed.candidates.map((c) => ({ ...c, sentence: unpack(c.comment_id, c.sentence) })),
    sentences: packed.sentences.map((s) => ({ ...s, text: unpack(s.comment_id, s.text) })),
    sentiment: packed.sentiment,
  };
}

// Shorter strings cost less as themselves than as a range (and V8 copies slices under 13 characters anyway).
const MIN_PACKED = 16;

function sources(post: ParsedPost, comments: readonly RawComment[]): (commentId: string) => string | undefined {
  const byId = new Map(comments.map((c) => [c.comment_id, c.text] as const));
  return (commentId) => (commentId === '' ? post.body : byId.get(commentId));
}

function mapByComment<T extends { comment_id: string }, U>(rows: readonly T[], packer: (commentId: string) => (s: string) => PackedText, f: (row: T, pack: (s: string) => PackedText) => U): U[] {
  let current: string | null = null;
  let pack: (s: string) => PackedText = (s) => s;
  return rows.map((row) => {
    if (row.comment_id !== current) {
      current = row.comment_id;
      pack = packer(current);
    }
    return f(row, pack);
  });
}
