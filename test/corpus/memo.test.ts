import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PostRecord } from '../../src/analyze/post-record.ts';
import { emptyPacked } from '../../src/analyze/record-codec.ts';
import { assembleCorpus, finishCorpus, prepareCorpus, type CorpusOptions } from '../../src/corpus/assemble.ts';
import { Diagnostics } from '../../src/diagnostics.ts';
import { parsePost } from '../../src/ingest/parse-post.ts';
import { postIdFromPath } from '../../src/ingest/post-id.ts';
import { formatTable } from '../../src/output/csv.ts';
import { parseLinkRules } from '../../src/links/rules.ts';
import { TableComment } from '../../src/tables/inputs.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SAMPLE = path.join(ROOT, 'data/raw');

/** The sample's posts as records, with no NLP results (links and replies do not read them). */
function sampleRecords(): PostRecord[] {
  const files = (readdirSync(SAMPLE, { recursive: true }) as string[]).filter((f) => f.endsWith('.md')).sort();
  return files.map((rel) => {
    const { post, comments } = parsePost({ bytes: readFileSync(path.join(SAMPLE, rel)), source_file: rel, post_id: postIdFromPath(rel) }, new Diagnostics());
    return { source_file: rel, digest: rel, post, comments, diagnostics: [], analysis: emptyPacked() };
  });
}

const linkRules = parseLinkRules(readFileSync(path.join(ROOT, 'src/links/link-classes.yaml'), 'utf8'), 'link-classes.yaml', new Diagnostics());
const options = (over: Partial<CorpusOptions> = {}): CorpusOptions => ({ timezone: 'auto', site: undefined, aliases: {}, lexicon: [], linkRules, ...over });

function withMemos(records: PostRecord[], memos: ReturnType<typeof assembleCorpus>['memos']): PostRecord[] {
  return records.map((r) => (memos.has(r.source_file) ? { ...r, corpus: memos.get(r.source_file)! } : r));
}

const csv = (c: ReturnType<typeof assembleCorpus>) => ({
  links: formatTable('links', c.tables.links),
  replies: formatTable('replies', c.tables.replies),
  comments: formatTable('comments', c.tables.comments),
  post_activity: formatTable('post_activity', c.tables.post_activity),
  response_times: formatTable('response_times', c.tables.response_times),
});

describe('the corpus stage memo of links and replies', () => {
  it('is made for every record, then reused as it is while the site and the names resolve the same', () => {
    const records = sampleRecords();
    const first = assembleCorpus(records, options(), new Diagnostics());
    expect(first.memos.size).toBe(records.length);
    const memoised = withMemos(records, first.memos);
    const second = assembleCorpus(memoised, options(), new Diagnostics());
    expect(second.memos.size).toBe(0);
    expect(csv(second)).toEqual(csv(first));

    // Reused, not recomputed: a memo's links are what the tables show.
    const withLinks = memoised.findIndex((r) => r.corpus!.links.length > 0);
    expect(withLinks).toBeGreaterThanOrEqual(0);
    const doctored = memoised.map((r, i) => (i === withLinks ? { ...r, corpus: { ...r.corpus!, links: [] } } : r));
    const third = assembleCorpus(doctored, options(), new Diagnostics());
    expect(third.tables.links.numRows()).toBe(first.tables.links.numRows() - memoised[withLinks]!.corpus!.links.length);

    // So are its participation rows.
    const answered = memoised.findIndex((r) => r.corpus!.participation!.responses.length > 0);
    expect(answered).toBeGreaterThanOrEqual(0);
    const quiet = memoised.map((r, i) => (i === answered ? { ...r, corpus: { ...r.corpus!, participation: { ...r.corpus!.participation!, responses: [] } } } : r));
    expect(assembleCorpus(quiet, options(), new Diagnostics()).tables.response_times.numRows()).toBe(
      first.tables.response_times.numRows() - memoised[answered]!.corpus!.participation!.responses.length,
    );

    // The site is inferred from the memos' evidence, not from scanning the bodies again.
    const link = { origin: 'https://blog.example', host: 'blog.example', path: '/2011/01/a-post/' };
    const evidence = { relative: ['/2011/01/a-post/'], absolute: [link, link] };
    const told = memoised.map((r, i) => (i === 0 ? { ...r, corpus: { ...r.corpus!, site_evidence: evidence } } : r));
    expect(first.site).not.toBe('https://blog.example');
    expect(assembleCorpus(told, options(), new Diagnostics()).site).toBe('https://blog.example');
  });

  it('keeps no participation rows when post ids repeat, and the tables still equal a run without memos', () => {
    const records = sampleRecords();
    const twice = [...records, { ...records[0]!, source_file: 'again/' + records[0]!.source_file }];
    const first = assembleCorpus(twice, options(), new Diagnostics());
    expect([...first.memos.values()].every((m) => m.participation === undefined)).toBe(true);
    expect(csv(assembleCorpus(withMemos(twice, first.memos), options(), new Diagnostics()))).toEqual(csv(first));
  });

  it('is recomputed where the site or a name resolution changed, and then equals a run without memos', () => {
    const records = sampleRecords();
    const memoised = withMemos(records, assembleCorpus(records, options(), new Diagnostics()).memos);
    // Another site: every post's links are recomputed; replies stay.
    const site = options({ site: 'example.org' });
    const bySite = assembleCorpus(memoised, site, new Diagnostics());
    expect(bySite.memos.size).toBe(records.length);
    expect(csv(bySite)).toEqual(csv(assembleCorpus(records, site, new Diagnostics())));
    // An alias joins two spellings of the post author: the posts naming either are recomputed.
    const author = records[0]!.post.author;
    const aliased = options({ aliases: { [author]: ['Michael'] } });
    const byAlias = assembleCorpus(memoised, aliased, new Diagnostics());
    expect(byAlias.memos.size).toBeGreaterThan(0);
    expect(csv(byAlias)).toEqual(csv(assembleCorpus(records, aliased, new Diagnostics())));
  });
});

describe('the corpus stage comment rows', () => {
  it('carry every field of the table comment schema, as columns that the rows are views over', () => {
    const base = prepareCorpus(sampleRecords(), options(), new Diagnostics());
    expect(base.comments.length).toBeGreaterThan(0);
    expect(base.commentTable.columnNames().sort()).toEqual(Object.keys(TableComment.shape).sort());
    const fields = Object.keys(TableComment.shape) as (keyof TableComment)[];
    base.comments.forEach((c, i) => {
      for (const f of fields) expect(c[f], f).toBe(base.commentTable.get(f, i));
    });
  });

  it('take each comment sentiment from the NLP results in the second phase, and keep the rest of the row', () => {
    const records = sampleRecords();
    const base = prepareCorpus(records, options(), new Diagnostics());
    const first = base.comments[0]!;
    const analysed = records.map((r) => ({ ...r, analysis: { ...r.analysis, sentiment: r.comments.map((c) => ({ comment_id: c.comment_id, sentiment_score: 0.5, sentiment_label: 'positive' as const })) } }));
    const rows = finishCorpus(base, analysed, options(), new Diagnostics()).tables.comments.objects() as Record<string, unknown>[];
    const row = rows.find((r) => r.comment_id === first.comment_id)!;
    expect([row.sentiment_score, row.sentiment_label, row.author, row.utc_time]).toEqual([0.5, 'positive', first.author, first.utc_time]);
  });
});
