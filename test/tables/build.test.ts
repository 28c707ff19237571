import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleCorpus } from '../../src/corpus/assemble.ts';
import { Diagnostics } from '../../src/diagnostics.ts';
import { parseLinkRules } from '../../src/links/rules.ts';
import { buildSentimentTables } from '../../src/tables/build.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('table builders', () => {
  it('return every participation table with its columns even for empty input (through the corpus stage)', () => {
    const linkRules = parseLinkRules(readFileSync(path.join(ROOT, 'src/links/link-classes.yaml'), 'utf8'), 'link-classes.yaml', new Diagnostics());
    const { tables: t } = assembleCorpus([], { timezone: 'auto', site: undefined, aliases: {}, lexicon: [], linkRules }, new Diagnostics());
    expect(Object.keys(t)).toEqual(expect.arrayContaining(['authors', 'post_activity', 'response_times', 'activity_by_month', 'activity_by_hour']));
    expect(t.authors.numRows()).toBe(0);
    expect(t.post_activity.columnNames()).toContain('author_reply_rate');
    expect(t.activity_by_hour.numRows()).toBe(168);
  });

  it('return every sentiment table with its columns even for empty input', () => {
    const t = buildSentimentTables({ posts: [], comments: [], mentions: [], sentences: [] });
    expect(t.sentiment_by_remedy.columnNames()).toEqual(['remedy_id', 'mentions', 'commenters', 'mean_sentence_sentiment', 'helped', 'no_effect', 'worse', 'considering']);
    expect(t.sentiment_by_month.numRows()).toBe(0);
  });
});
