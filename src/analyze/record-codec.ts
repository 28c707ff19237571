/**
 * The compact form of a post's NLP results: the workers send it, records hold it in memory and the records file keeps
 * it (the corpus stage reads it into table columns, `corpus/analyses.ts`). Sentence texts, mention
 * sentences and discovery examples are cut from their comment's text (or the post body), so each is stored as a
 * `[start, end)` range of that text instead of a second copy. Unpacking slices the range again, so the strings it
 * returns share the text's memory. A string that is not found in its text is kept as it is. Mentions and sentences,
 * the bulk of a record, are columns (one array per field) without their post id (the post's), their comments named by
 * index: a rerun parses the archive's records into about a tenth as many arrays and strings as with a row per
 * mention and sentence, which is most of its time reading them and of the garbage collection that follows.
 */
import type { RawComment } from '../schema/comment.ts';
import type { ParsedPost } from '../schema/post.ts';
import type { PackedAnalysis, PackedMentions, PackedSentences, PackedTexts, PostAnalysis } from '../schema/analysis.ts';

/** Returns `analysis` with every sentence text replaced by its range in the comment's text (or `post.body`). */
export function packAnalysis(analysis: PostAnalysis, post: ParsedPost, comments: readonly RawComment[]): PackedAnalysis {
  const source = sources(post, comments);
  const index = new Map<string, number>([['', -1]]);
  comments.forEach((c, i) => {
    if (!index.has(c.comment_id)) index.set(c.comment_id, i);
  });
  const indexOf = (commentId: string): number => {
    const i = index.get(commentId);
    if (i === undefined) throw new Error(`packAnalysis: a result of comment ${commentId}, which post ${post.post_id} does not have`);
    return i;
  };
  const packer = (commentId: string) => {
    const text = source(commentId);
    let cursor = 0; // texts come in order, so the next one is usually found right after the last
    return (s: string): [number, number] | null => {
      if (text === undefined || s.length < MIN_PACKED) return null;
      let at = text.indexOf(s, cursor);
      if (at < 0) at = text.indexOf(s);
      if (at < 0) return null;
      cursor = at;
      return [at, at + s.length];
    };
  };
  const { mentions, sentences } = emptyPacked();
  eachByComment(analysis.mentions, packer, (m, pack) => {
    if (m.post_id !== post.post_id) throw new Error(`packAnalysis: a mention of post ${m.post_id} in post ${post.post_id}`);
    mentions.comment.push(indexOf(m.comment_id));
    mentions.remedy_id.push(m.remedy_id);
    mentions.category.push(m.category);
    mentions.matched_text.push(m.matched_text);
    mentions.negated.push(m.negated);
    mentions.outcome.push(m.outcome);
    pushText(mentions.sentence, m.sentence, pack);
    mentions.sentence_index.push(m.sentence_index);
    mentions.source_line.push(m.source_line);
  });
  eachByComment(analysis.sentences, packer, (s, pack) => {
    sentences.comment.push(indexOf(s.comment_id));
    sentences.sentence_index.push(s.sentence_index);
    pushText(sentences.text, s.text, pack);
    sentences.sentiment_score.push(s.sentiment_score);
  });
  const candidates: PackedAnalysis['candidates'] = [];
  eachByComment(analysis.candidates, packer, (c, pack) => candidates.push({ ...c, sentence: pack(c.sentence) ?? c.sentence }));
  return { mentions, candidates, sentences, sentiment: analysis.sentiment };
}

/** Returns the analysis `packAnalysis` packed, cutting each range from the same comment texts and post body. */
export function unpackAnalysis(packed: PackedAnalysis, post: ParsedPost, comments: readonly RawComment[]): PostAnalysis {
  return {
    mentions: unpackMentions(packed.mentions, post, comments),
    candidates: unpackCandidates(packed.candidates, post, comments),
    sentences: unpackSentences(packed.sentences, post, comments),
    sentiment: packed.sentiment,
  };
}

/** The mention rows of a record's packed mentions. */
export function unpackMentions(m: PackedMentions, post: ParsedPost, comments: readonly RawComment[]): PostAnalysis['mentions'] {
  const mentions: PostAnalysis['mentions'] = new Array(m.comment.length);
  eachMention(m, post, comments, (row, comment_id, sentence) => {
    mentions[row] = {
      post_id: post.post_id,
      comment_id,
      remedy_id: m.remedy_id[row]!,
      category: m.category[row]!,
      matched_text: m.matched_text[row]!,
      negated: m.negated[row]!,
      outcome: m.outcome[row]!,
      sentence,
      sentence_index: m.sentence_index[row]!,
      source_line: m.source_line[row]!,
    };
  });
  return mentions;
}

/**
 * Calls `f` with each row of a record's packed mentions, its comment's id (empty in the post body) and its sentence
 * (cut from the comment's text or the body), in row order: the mentions' columns without making a row object each.
 */
export function eachMention(m: PackedMentions, post: ParsedPost, comments: readonly RawComment[], f: (row: number, commentId: string, sentence: string) => void): void {
  eachCut(m.comment, m.sentence, post, comments, f);
}

/** The sentence rows of a record's packed sentences. */
export function unpackSentences(s: PackedSentences, post: ParsedPost, comments: readonly RawComment[]): PostAnalysis['sentences'] {
  const sentences: PostAnalysis['sentences'] = new Array(s.comment.length);
  eachSentence(s, post, comments, (row, comment_id, text) => {
    sentences[row] = { comment_id, sentence_index: s.sentence_index[row]!, text, sentiment_score: s.sentiment_score[row]! };
  });
  return sentences;
}

/**
 * Calls `f` with each row of a record's packed sentences, its comment's id and its text (cut from the comment's text),
 * in row order: the sentences' columns without making a row object each.
 */
export function eachSentence(s: PackedSentences, post: ParsedPost, comments: readonly RawComment[], f: (row: number, commentId: string, text: string) => void): void {
  eachCut(s.comment, s.text, post, comments, f);
}

/** Calls `f` with each row's comment id (by its index in the record) and its text cut from `packed`, in row order. */
function eachCut(
  comment: readonly number[],
  packed: PackedTexts,
  post: ParsedPost,
  comments: readonly RawComment[],
  f: (row: number, commentId: string, text: string) => void,
): void {
  if (comment.length === 0) return;
  const source = sources(post, comments);
  const idOf = commentIds(comments);
  const text = texts(packed, (row) => source(idOf(comment[row]!)));
  for (let row = 0; row < comment.length; row++) f(row, idOf(comment[row]!), text(row));
}

/** The discovery sightings of a record's packed candidates. */
export function unpackCandidates(candidates: PackedAnalysis['candidates'], post: ParsedPost, comments: readonly RawComment[]): PostAnalysis['candidates'] {
  if (candidates.length === 0) return [];
  const source = sources(post, comments);
  return candidates.map((c) => ({ ...c, sentence: typeof c.sentence === 'string' ? c.sentence : (source(c.comment_id) ?? '').slice(c.sentence[0], c.sentence[1]) }));
}

/** A packed analysis with nothing found. */
export function emptyPacked(): PackedAnalysis {
  return {
    mentions: { comment: [], remedy_id: [], category: [], matched_text: [], negated: [], outcome: [], sentence: emptyTexts(), sentence_index: [], source_line: [] },
    candidates: [],
    sentences: { comment: [], sentence_index: [], text: emptyTexts(), sentiment_score: [] },
    sentiment: [],
  };
}

// Shorter strings cost less as themselves than as a range (and V8 copies slices under 13 characters anyway).
const MIN_PACKED = 16;

function emptyTexts(): PackedTexts {
  return { start: [], end: [], literals: [] };
}

function pushText(out: PackedTexts, text: string, pack: (s: string) => [number, number] | null): void {
  const range = pack(text);
  if (range === null) {
    out.start.push(-1);
    out.end.push(-1);
    out.literals.push(text);
  } else {
    out.start.push(range[0]);
    out.end.push(range[1]);
  }
}

/** Reads packed texts back in row order: each row's range of its source, or the next literal. */
function texts(packed: PackedTexts, sourceOf: (row: number) => string | undefined): (row: number) => string {
  let literal = 0;
  return (row) => (packed.start[row]! < 0 ? packed.literals[literal++]! : (sourceOf(row) ?? '').slice(packed.start[row], packed.end[row]));
}

/** A comment's id by its index in the record (-1, the post body, is the empty id). */
function commentIds(comments: readonly RawComment[]): (i: number) => string {
  return (i) => (i < 0 ? '' : comments[i]!.comment_id);
}

function sources(post: ParsedPost, comments: readonly RawComment[]): (commentId: string) => string | undefined {
  const byId = new Map(comments.map((c) => [c.comment_id, c.text] as const));
  return (commentId) => (commentId === '' ? post.body : byId.get(commentId));
}

/** Calls `f` on each row with a packer for its comment's text, made afresh when the comment changes. */
function eachByComment<T extends { comment_id: string }>(
  rows: readonly T[],
  packer: (commentId: string) => (s: string) => [number, number] | null,
  f: (row: T, pack: (s: string) => [number, number] | null) => void,
): void {
  let current: string | null = null;
  let pack: (s: string) => [number, number] | null = () => null;
  for (const row of rows) {
    if (row.comment_id !== current) {
      current = row.comment_id;
      pack = packer(current);
    }
    f(row, pack);
  }
}
