import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { csvChunks, tableFromRows } from '../../src/output/csv.ts';

describe('csvChunks', () => {
  it('gives, piece by piece, exactly the CSV of the whole table', () => {
    const rows = Array.from({ length: 103 }, (_, i) => ({
      kind: i % 3 === 0 ? 'new-comment' : 'new-commenter',
      post_id: `2011/02/post-${i}`,
      comment_id: i % 7 === 0 ? '' : `c${i}`,
      author: i % 5 === 0 ? 'O\'Brien, "Doc"' : `Reader ${i}`,
      detail: i % 4 === 0 ? 'line one\nline two, with "quotes" 💪' : null,
    }));
    const table = tableFromRows('changes', rows);
    const whole = aq.toCSV(table);
    for (const size of [1, 25, 50, 1000]) expect([...csvChunks('changes', table, size)].join('')).toBe(whole);
    expect([...csvChunks('changes', table)].length).toBeGreaterThan(1);
  });

  it('keeps extra columns in the table for later stages and leaves them out of the CSV', () => {
    const row = { post_id: 'p', comment_id: 'c1', remedy_id: 'ice', category: 'devices-and-aids', matched_text: 'ice', negated: false, outcome: 'helped', sentence: 'Ice helped.', source_line: 9, sentence_index: 2 };
    const table = tableFromRows('remedy_mentions', [row], ['sentence_index']);
    expect(table.array('sentence_index')).toEqual([2]);
    expect([...csvChunks('remedy_mentions', table)].join('')).toBe(
      'post_id,comment_id,remedy_id,category,matched_text,negated,outcome,sentence,source_line\np,c1,ice,devices-and-aids,ice,false,helped,Ice helped.,9\n',
    );
    expect(tableFromRows('remedy_mentions', [], ['sentence_index']).columnNames()).toContain('sentence_index');
  });

  it('writes only the header for an empty table', () => {
    expect([...csvChunks('changes', tableFromRows('changes', []))].join('')).toBe('kind,post_id,comment_id,author,detail\n');
  });
});
