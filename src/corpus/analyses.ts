/**
 * The records' NLP results, packed as the records keep them (`analyze/record-codec.ts`), read into what the corpus
 * tables need: mention rows with the score of the sentence each stands in, discovery sightings, and the sentences
 * table built column by column. Sentences are the most numerous rows (about seven per comment) and only their CSV
 * reads them, so they never become one object each: a million comments' sentences as objects held about 0.8 GB.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { eachSentence, unpackCandidates, unpackMentions } from '../analyze/record-codec.ts';
import type { PackedAnalysis, PackedSentences } from '../schema/analysis.ts';
import type { RawComment } from '../schema/comment.ts';
import type { CandidateSighting, Mention } from '../schema/mention.ts';
import type { ParsedPost } from '../schema/post.ts';
import { TABLE_COLUMNS } from '../output/columns.ts';

/** What this module reads of a record: its post, its comments (the texts the ranges cut from) and its NLP results. */
export type AnalysedRecord = { post: ParsedPost; comments: readonly RawComment[]; analysis: PackedAnalysis };

/**
 * Every record's mentions as rows, in record order, and each one's sentence score: that of its comment's sentence at
 * its `sentence_index` (the last such sentence if the index repeats), null for a mention in a post body or without
 * one.
 */
export function mentionRows(records: readonly AnalysedRecord[]): { mentions: Mention[]; scores: (number | null)[] } {
  const mentions: Mention[] = [];
  const scores: (number | null)[] = [];
  for (const r of records) {
    const m = r.analysis.mentions;
    const rows = unpackMentions(m, r.post, r.comments);
    const score = rows.length > 0 ? sentenceScores(r.analysis.sentences) : () => null;
    for (let row = 0; row < rows.length; row++) {
      mentions.push(rows[row]!);
      scores.push(m.comment[row]! < 0 ? null : score(m.comment[row]!, m.sentence_index[row]!));
    }
  }
  return { mentions, scores };
}

/** Every record's discovery sightings, in record order. */
export function candidateSightings(records: readonly AnalysedRecord[]): CandidateSighting[] {
  return records.flatMap((r) => unpackCandidates(r.analysis.candidates, r.post, r.comments));
}

/** The `sentences` table of every record, in record order, built from the columns (texts cut from the comments). */
export function sentencesTable(records: readonly AnalysedRecord[]): ColumnTable {
  const rows = records.reduce((n, r) => n + r.analysis.sentences.comment.length, 0);
  const commentIds = new Array<string>(rows);
  const indexes = new Array<number>(rows);
  const texts = new Array<string>(rows);
  const scores = new Array<number>(rows);
  let at = 0;
  for (const r of records) {
    const s = r.analysis.sentences;
    eachSentence(s, r.post, r.comments, (row, commentId, text) => {
      commentIds[at] = commentId;
      indexes[at] = s.sentence_index[row]!;
      texts[at] = text;
      scores[at] = s.sentiment_score[row]!;
      at++;
    });
  }
  const columns: Record<(typeof TABLE_COLUMNS)['sentences'][number], unknown[]> = { comment_id: commentIds, sentence_index: indexes, text: texts, sentiment_score: scores };
  return aq.table(columns);
}

/**
 * A lookup of a record's sentence scores by comment index and sentence index (the last row wins). The analysis writes
 * each comment's sentences together, indexed from 0, so the row of a comment's first sentence locates the rest; any
 * other layout is indexed row by row.
 */
function sentenceScores(s: PackedSentences): (comment: number, index: number) => number | null {
  const first = new Map<number, number>();
  let contiguous = true;
  for (let row = 0; row < s.comment.length && contiguous; row++) {
    const comment = s.comment[row]!;
    const start = s.sentence_index[row] === 0 && !first.has(comment) ? row : first.get(comment);
    if (start === row) first.set(comment, row);
    else contiguous = start !== undefined && start + s.sentence_index[row]! === row;
  }
  if (contiguous) {
    return (comment, index) => {
      const row = (first.get(comment) ?? NaN) + index;
      return s.comment[row] === comment && s.sentence_index[row] === index ? s.sentiment_score[row]! : null;
    };
  }
  const byKey = new Map<string, number>();
  for (let row = 0; row < s.comment.length; row++) byKey.set(`${s.comment[row]}:${s.sentence_index[row]}`, s.sentiment_score[row]!);
  return (comment, index) => byKey.get(`${comment}:${index}`) ?? null;
}
