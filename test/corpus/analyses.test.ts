import { describe, expect, it } from 'vitest';
import { packAnalysis } from '../../src/analyze/record-codec.ts';
import { shareStrings } from '../../src/analyze/share-strings.ts';
import { candidateSightings, mentionTable, sentencesTable } from '../../src/corpus/analyses.ts';
import { tableFromRows } from '../../src/output/csv.ts';
import type { PostAnalysis } from '../../src/schema/analysis.ts';
import type { RawComment } from '../../src/schema/comment.ts';
import type { ParsedPost } from '../../src/schema/post.ts';
import { mentionSentenceScores } from '../../src/tables/sentiment.ts';

// Two records whose results were packed as the workers pack them; the second's sentences are out of their usual layout.
const post = (id: string, body: string) => ({ post_id: id, body }) as ParsedPost;
const comment = (post_id: string, comment_id: string, author: string, text: string) => ({ post_id, comment_id, author, source_file: `${post_id}.md`, text }) as RawComment;
const mention = (post_id: string, comment_id: string, remedy_id: string, sentence: string, sentence_index: number) => ({
  post_id, comment_id, remedy_id, category: 'supplements', matched_text: remedy_id, negated: false, outcome: 'helped' as const, sentence, sentence_index, source_line: 3,
});

const p = post('p', 'Magnesium is the topic of this post today.');
const pComments = [comment('p', 'c1', 'Ann', 'Nothing much to say here today. Then fish oil helped my joints a lot.'), comment('p', 'c2', 'Bo', 'Zinc worked.')];
const pAnalysis: PostAnalysis = {
  mentions: [mention('p', '', 'magnesium', 'Magnesium is the topic of this post today.', 0), mention('p', 'c1', 'fish-oil', 'Then fish oil helped my joints a lot.', 1), mention('p', 'c2', 'zinc', 'Zinc worked.', 0)],
  candidates: [{ term: 'zinc', post_id: 'p', comment_id: 'c2', author: 'Bo', sentence: 'Zinc worked.' }],
  sentences: [
    { comment_id: 'c1', sentence_index: 0, text: 'Nothing much to say here today.', sentiment_score: 0 },
    { comment_id: 'c1', sentence_index: 1, text: 'Then fish oil helped my joints a lot.', sentiment_score: 0.4 },
    { comment_id: 'c2', sentence_index: 0, text: 'Zinc worked.', sentiment_score: 0.2 },
  ],
  sentiment: [{ comment_id: 'c1', sentiment_score: 0.2, sentiment_label: 'positive' }],
};
const q = post('q', '');
const qComments = [comment('q', 'd1', 'Ann', 'Yoga is fine for me now. Yoga again, and it is repeated.')];
const qAnalysis: PostAnalysis = {
  mentions: [mention('q', 'd1', 'yoga', 'Yoga again, and it is repeated.', 1), mention('q', 'd1', 'yoga', 'Yoga is fine for me now.', 5)],
  candidates: [],
  // Index 1 twice: the last one wins, as in mentionSentenceScores.
  sentences: [
    { comment_id: 'd1', sentence_index: 1, text: 'Yoga again, and it is repeated.', sentiment_score: 0.1 },
    { comment_id: 'd1', sentence_index: 0, text: 'Yoga is fine for me now.', sentiment_score: 0.3 },
    { comment_id: 'd1', sentence_index: 1, text: 'Yoga again, and it is repeated.', sentiment_score: 0.6 },
  ],
  sentiment: [],
};
const records = [
  { post: p, comments: pComments, analysis: packAnalysis(pAnalysis, p, pComments) },
  { post: q, comments: qComments, analysis: packAnalysis(qAnalysis, q, qComments) },
];

describe('the records packed results read into the corpus tables', () => {
  it('builds the mentions table column by column in record order, each row with its sentence score as mentionSentenceScores gives it', () => {
    const { table, scores } = mentionTable(records);
    const all = [...pAnalysis.mentions, ...qAnalysis.mentions];
    expect(scores).toEqual([null, 0.4, 0.2, 0.6, null]);
    expect(scores).toEqual(mentionSentenceScores(all, [...pAnalysis.sentences, ...qAnalysis.sentences]));
    expect(table.objects()).toEqual(tableFromRows('remedy_mentions', all, ['sentence_index']).assign({ sentence_score: scores }).objects());
    expect(table.columnNames()).toEqual([...tableFromRows('remedy_mentions', [], ['sentence_index']).columnNames(), 'sentence_score']);
    expect(mentionTable([]).table.numRows()).toBe(0);
  });

  it('builds the sentences table column by column, as from its rows', () => {
    const rows = [...pAnalysis.sentences, ...qAnalysis.sentences];
    expect(sentencesTable(records).objects()).toEqual(tableFromRows('sentences', rows).objects());
    expect(sentencesTable([]).columnNames()).toEqual(tableFromRows('sentences', []).columnNames());
  });

  it('gives the discovery sightings with their sentences', () => {
    expect(candidateSightings(records)).toEqual(pAnalysis.candidates);
  });
});

describe('shareStrings', () => {
  it('changes no value, and pools the values of the fields that repeat (string identity is not observable, so the pool is what is checked)', () => {
    // Fresh copies, as JSON.parse gives them.
    const a = JSON.parse(JSON.stringify(records[0]));
    const b = JSON.parse(JSON.stringify(records[1]));
    const before = JSON.stringify([a, b]);
    const pool = new Map<string, string>();
    shareStrings(a, pool);
    shareStrings(b, pool);
    expect(JSON.stringify([a, b])).toBe(before);
    expect([...pool.keys()]).toEqual(expect.arrayContaining(['Ann', 'Bo', 'p', 'q', 'p.md', 'magnesium', 'supplements', 'helped', 'positive']));
    expect(pool.has('Zinc worked.')).toBe(false); // texts are not pooled
  });
});
