/**
 * The records' NLP results, packed as the records keep them (`analyze/record-codec.ts`), read into what the corpus
 * tables need: the mentions table with the score of the sentence each stands in, discovery sightings, and the
 * sentences table, both built column by column. Sentences are the most numerous rows (about seven per comment) and
 * mentions the next (about three), so neither becomes one object each: a million comments' sentences as objects held
 * about 0.8 GB.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { eachMention, eachSentence, unpackCandidates } from '../analyze/record-codec.ts';
import type { PackedAnalysis } from '../schema/analysis.ts';
import type { RawComment } from '../schema/comment.ts';
import type { CandidateSighting } from '../schema/mention.ts';
import type { ParsedPost } from '../schema/post.ts';
import { TABLE_COLUMNS } from '../output/columns.ts';
import { scoreLookup } from '../tables/sentiment.ts';

/** What this module reads of a record: its post, its comments (the texts the ranges cut from) and its NLP results. */
export type AnalysedRecord = { post: ParsedPost; comments: readonly RawComment[]; analysis: PackedAnalysis };

/**
 * The `remedy_mentions` table of every record, in record order, built from the columns, with two more columns the
 * corpus stage and the report read: `sentence_index`, and `sentence_score`, the score of the mention's comment's
 * sentence at that index (the last such sentence if the index repeats), null for a mention in a post body or without
 * one. Also returns the score column itself. A million comments' mentions as row objects held about 0.4 GB.
 */
export function mentionTable(records: readonly AnalysedRecord[]): { table: ColumnTable; scores: (number | null)[] } {
  const rows = records.reduce((n, r) => n + r.analysis.mentions.comment.length, 0);
  const columns = {} as Record<(typeof TABLE_COLUMNS)['remedy_mentions'][number] | 'sentence_index' | 'sentence_score', unknown[]>;
  for (const name of [...TABLE_COLUMNS.remedy_mentions, 'sentence_index', 'sentence_score'] as const) columns[name] = new Array(rows);
  const scores = columns.sentence_score as (number | null)[];
  let at = 0;
  for (const r of records) {
    const m = r.analysis.mentions;
    if (m.comment.length === 0) continue;
    const s = r.analysis.sentences;
    // The sentence of a mention: by comment index and sentence index within the record (the last such row wins).
    const score = scoreLookup(s.comment.length, (i) => s.comment[i]!, (i) => s.sentence_index[i]!, (i) => s.sentiment_score[i]!);
    eachMention(m, r.post, r.comments, (row, commentId, sentence) => {
      columns.post_id[at] = r.post.post_id;
      columns.comment_id[at] = commentId;
      columns.remedy_id[at] = m.remedy_id[row];
      columns.category[at] = m.category[row];
      columns.matched_text[at] = m.matched_text[row];
      columns.negated[at] = m.negated[row];
      columns.outcome[at] = m.outcome[row];
      columns.sentence[at] = sentence;
      columns.source_line[at] = m.source_line[row];
      columns.sentence_index[at] = m.sentence_index[row];
      scores[at] = m.comment[row]! < 0 ? null : score(m.comment[row]!, m.sentence_index[row]!);
      at++;
    });
  }
  return { table: aq.table(columns), scores };
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
