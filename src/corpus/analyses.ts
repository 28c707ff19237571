/**
 * The records' NLP results, packed as the records keep them (`analyze/record-codec.ts`), read into what the corpus
 * tables need: mention rows with the score of the sentence each stands in, discovery sightings, and the sentences
 * table built column by column. Sentences are the most numerous rows (about seven per comment) and only their CSV
 * reads them, so they never become one object each: a million comments' sentences as objects held about 0.8 GB.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { eachSentence, unpackCandidates, unpackMentions } from '../analyze/record-codec.ts';
import type { PackedAnalysis } from '../schema/analysis.ts';
import type { RawComment } from '../schema/comment.ts';
import type { CandidateSighting, Mention } from '../schema/mention.ts';
import type { ParsedPost } from '../schema/post.ts';
import { TABLE_COLUMNS } from '../output/columns.ts';
import { scoreLookup } from '../tables/sentiment.ts';

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
    const s = r.analysis.sentences;
    // The sentence of a mention: by comment index and sentence index within the record (the last such row wins).
    const score = rows.length > 0 ? scoreLookup(s.comment.length, (i) => s.comment[i]!, (i) => s.sentence_index[i]!, (i) => s.sentiment_score[i]!) : () => null;
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
