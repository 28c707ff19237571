/**
 * A compact form of a post's NLP results for the records cache and the worker boundary: sentence texts, mention
 * sentences and discovery examples are cut from their comment's text (or the post body), so each is stored as a
 * `[start, end]` range of that text instead of a second copy. Unpacking slices the range again, so the strings it
 * returns share the text's memory. A string that is not found in its text is kept as it is. Mentions and sentences,
 * the bulk of a record, are tuples without their post id (the post's): the archive's records file is a quarter
 * smaller, and a rerun parses it in less time.
 */
import type { RawComment } from '../schema/comment.ts';
import type { ParsedPost } from '../schema/post.ts';
import type { PackedAnalysis, PackedMention, PackedSentence, PackedText, PostAnalysis } from '../schema/analysis.ts';

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
    mentions: mapByComment(analysis.mentions, packer, (m, pack): PackedMention => {
      if (m.post_id !== post.post_id) throw new Error(`packAnalysis: a mention of post ${m.post_id} in post ${post.post_id}`);
      return [m.comment_id, m.remedy_id, m.category, m.matched_text, m.negated, m.outcome, pack(m.sentence), m.sentence_index, m.source_line];
    }),
    candidates: mapByComment(analysis.candidates, packer, (c, pack) => ({ ...c, sentence: pack(c.sentence) })),
    sentences: mapByComment(analysis.sentences, packer, (s, pack): PackedSentence => [s.comment_id, s.sentence_index, pack(s.text), s.sentiment_score]),
    sentiment: analysis.sentiment,
  };
}

/** Returns the analysis `packAnalysis` packed, cutting each range from the same comment texts and post body. */
export function unpackAnalysis(packed: PackedAnalysis, post: ParsedPost, comments: readonly RawComment[]): PostAnalysis {
  const source = sources(post, comments);
  const unpack = (commentId: string, t: PackedText): string => (typeof t === 'string' ? t : (source(commentId) ?? '').slice(t[0], t[1]));
  return {
    mentions: packed.mentions.map(([comment_id, remedy_id, category, matched_text, negated, outcome, sentence, sentence_index, source_line]) => ({
      post_id: post.post_id,
      comment_id,
      remedy_id,
      category,
      matched_text,
      negated,
      outcome,
      sentence: unpack(comment_id, sentence),
      sentence_index,
      source_line,
    })),
    candidates: packed.candidates.map((c) => ({ ...c, sentence: unpack(c.comment_id, c.sentence) })),
    sentences: packed.sentences.map(([comment_id, sentence_index, text, sentiment_score]) => ({ comment_id, sentence_index, text: unpack(comment_id, text), sentiment_score })),
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
