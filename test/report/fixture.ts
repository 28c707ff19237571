import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { ReportAssets, ReportMeta } from '../../src/report/input.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The hostile comment text: a script, an onerror image and a javascript: link, all to be shown as text. */
export const XSS_TEXT = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> see [here](javascript:window.__pwned=3)`;
/** A hostile commenter name. */
export const XSS_AUTHOR = `Mallory <b onmouseover="window.__pwned=4">&</b> '"`;

/** Returns the inlined vega/vega-lite/vega-embed builds from node_modules. */
export function readAssets(): ReportAssets {
  const read = (rel: string) => readFileSync(path.join(ROOT, 'node_modules', rel), 'utf8');
  return {
    vega: read('vega/build/vega.min.js'),
    vegaLite: read('vega-lite/build/vega-lite.min.js'),
    vegaEmbed: read('vega-embed/build/vega-embed.min.js'),
  };
}

/** Returns the meta of the fixture run. */
export function fixtureMeta(overrides: Partial<ReportMeta> = {}): ReportMeta {
  return {
    input_label: 'test/fixtures/tiny',
    zone: 'America/Los_Angeles',
    zone_evidence: 'America/Los_Angeles (inferred): 0 of 6 comments precede their post',
    site: 'https://example.blog',
    changes_summary: null,
    ...overrides,
  };
}

const posts = [
  { post_id: '2011/02/knee-pain', source_file: 'posts/2011/02/knee-pain/index.md', title: 'Knee pain & <you>', author: 'Ann', published_utc: '2011-02-04T18:00:00Z', modified_utc: '', categories: 'health', tags: 'knee', timezone: '', declared_comment_count: 4, comment_count: 4 },
  { post_id: '2012/03/back', source_file: 'posts/2012/03/back/index.md', title: 'Back again', author: 'Ann', published_utc: '2012-03-10T12:00:00Z', modified_utc: '', categories: 'health', tags: '', timezone: '', declared_comment_count: 2, comment_count: 2 },
  { post_id: '2012/05/quiet', source_file: 'posts/2012/05/quiet/index.md', title: 'Quiet post', author: 'Ann', published_utc: '2012-05-01T12:00:00Z', modified_utc: '', categories: '', tags: '', timezone: '', declared_comment_count: 0, comment_count: 0 },
];

const c = (comment_id: string, post_id: string, position: number, author: string, utc_time: string, text: string, score: number, extra: Record<string, unknown> = {}) => ({
  comment_id, post_id, position, author, written_at: '', local_time: utc_time.replace('Z', ''), utc_offset: '-08:00', utc_time,
  is_post_author: author === 'Ann', word_count: text.split(/\s+/).length, text, source_file: `${post_id}/index.md`, source_line: 10 + position * 5,
  reply_to_author: '', sentiment_score: score, sentiment_label: score > 0.05 ? 'positive' : score < -0.05 ? 'negative' : 'neutral', ...extra,
});

const comments = [
  c('2011/02/knee-pain#1', '2011/02/knee-pain', 1, 'Bob', '2011-02-05T04:28:00Z', 'Ice helped my knee a lot.', 0.6),
  c('2011/02/knee-pain#2', '2011/02/knee-pain', 2, 'Ann', '2011-02-05T06:00:00Z', 'Glad ice helped, Bob!', 0.5, { reply_to_author: 'Bob' }),
  c('2011/02/knee-pain#3', '2011/02/knee-pain', 3, XSS_AUTHOR, '2011-02-06T10:00:00Z', `Heat helped. ${XSS_TEXT}`, -0.4),
  c('2011/02/knee-pain#4', '2011/02/knee-pain', 4, 'Bob', '2011-02-07T10:00:00Z', 'Ibuprofen made it worse for me.', -0.5),
  c('2012/03/back#1', '2012/03/back', 1, 'Cy', '2012-03-11T15:00:00Z', 'Yoga helped my back, see https://example.org/yoga', 0.4),
  c('2012/03/back#2', '2012/03/back', 2, 'Ann', '2012-03-12T15:00:00Z', 'Thanks Cy, yoga is great.', 0.7, { reply_to_author: 'Cy' }),
];

/** Returns the fixture tables: three posts, six comments (one hostile), and every derived table filled in. */
export function fixtureTables(): Record<string, ColumnTable> {
  return {
    posts: aq.from(posts),
    comments: aq.from(comments),
    diagnostics: aq.from([
      { file: 'posts/2011/02/knee-pain/index.md', line: 30, column: 1, severity: 'warning', rule_id: 'time:unparseable', message: 'Unexpected date `Yesterday <b>`, expected `Month D at YYYY at h:mm AM`' },
      { file: 'posts/2012/03/back/index.md', line: 3, column: 1, severity: 'error', rule_id: 'ingest:front-matter', message: 'Unexpected front matter, expected a title' },
    ]),
    remedies: aq.from([
      { remedy_id: 'ice', label: 'Ice', category: 'devices-and-aids', parent_id: '' },
      { remedy_id: 'ibuprofen', label: 'Ibuprofen', category: 'drugs', parent_id: '' },
      { remedy_id: 'yoga', label: 'Yoga', category: 'mind-body', parent_id: '' },
      { remedy_id: 'heat', label: 'Heat', category: 'devices-and-aids', parent_id: '' },
    ]),
    remedy_mentions: aq.from([
      { post_id: '2011/02/knee-pain', comment_id: '2011/02/knee-pain#1', remedy_id: 'ice', category: 'devices-and-aids', matched_text: 'Ice', negated: false, outcome: 'helped', sentence: 'Ice helped my knee a lot.', source_line: 15 },
      { post_id: '2011/02/knee-pain', comment_id: '2011/02/knee-pain#2', remedy_id: 'ice', category: 'devices-and-aids', matched_text: 'ice', negated: false, outcome: 'helped', sentence: 'Glad ice helped, Bob!', source_line: 20 },
      { post_id: '2011/02/knee-pain', comment_id: '', remedy_id: 'ice', category: 'devices-and-aids', matched_text: 'ice', negated: false, outcome: 'unknown', sentence: 'Try ice on the knee tonight.', source_line: 5 },
      { post_id: '2011/02/knee-pain', comment_id: '2011/02/knee-pain#4', remedy_id: 'ibuprofen', category: 'drugs', matched_text: 'Ibuprofen', negated: false, outcome: 'worse', sentence: 'Ibuprofen made it worse for me.', source_line: 30 },
      { post_id: '2012/03/back', comment_id: '2012/03/back#1', remedy_id: 'yoga', category: 'mind-body', matched_text: 'Yoga', negated: false, outcome: 'helped', sentence: 'Yoga helped my back, see https://example.org/yoga', source_line: 12 },
      { post_id: '2011/02/knee-pain', comment_id: '2011/02/knee-pain#3', remedy_id: 'heat', category: 'devices-and-aids', matched_text: 'heat', negated: false, outcome: 'helped', sentence: `Heat helped. ${XSS_TEXT}`, source_line: 25 },
      { post_id: '2012/03/back', comment_id: '2012/03/back#2', remedy_id: 'yoga', category: 'mind-body', matched_text: 'yoga', negated: false, outcome: 'considering', sentence: 'Thanks Cy, yoga is great.', source_line: 17 },
    ]),
    remedy_candidates: aq.from([
      { term: 'tiger balm', mentions: 3, commenters: 2, example: 'Tiger balm <i>works</i> for me' },
      { term: 'cold plunge', mentions: 1, commenters: 1, example: 'A cold plunge every morning' },
    ]),
    links: aq.from([
      { post_id: '2012/03/back', comment_id: '2012/03/back#1', url: 'https://example.org/yoga', normalized_url: 'example.org/yoga', domain: 'example.org', is_internal: false, link_class: 'blog-or-other', source_line: 12 },
      { post_id: '2011/02/knee-pain', comment_id: '2011/02/knee-pain#3', url: 'javascript:window.__pwned=3', normalized_url: 'javascript:window.__pwned=3', domain: '', is_internal: false, link_class: 'unsafe', source_line: 25 },
      { post_id: '2011/02/knee-pain', comment_id: '', url: 'https://pubmed.ncbi.nlm.nih.gov/123/', normalized_url: 'pubmed.ncbi.nlm.nih.gov/123', domain: 'nih.gov', is_internal: false, link_class: 'research', source_line: 6 },
    ]),
    replies: aq.from([
      { comment_id: '2011/02/knee-pain#2', post_id: '2011/02/knee-pain', reply_to_comment_id: '2011/02/knee-pain#1', reply_to_author: 'Bob', cue: 'name' },
      { comment_id: '2012/03/back#2', post_id: '2012/03/back', reply_to_comment_id: '2012/03/back#1', reply_to_author: 'Cy', cue: 'name' },
    ]),
    authors: aq.from([
      { author: 'Ann', comments: 2, posts: 2, first_utc: '2011-02-05T06:00:00Z', last_utc: '2012-03-12T15:00:00Z', active_days: 2, replies_given: 2, replies_received: 0, mean_sentiment: 0.6, is_blog_author: true },
      { author: 'Bob', comments: 2, posts: 1, first_utc: '2011-02-05T04:28:00Z', last_utc: '2011-02-07T10:00:00Z', active_days: 2, replies_given: 0, replies_received: 1, mean_sentiment: 0.05, is_blog_author: false },
      { author: 'Cy', comments: 1, posts: 1, first_utc: '2012-03-11T15:00:00Z', last_utc: '2012-03-11T15:00:00Z', active_days: 1, replies_given: 0, replies_received: 1, mean_sentiment: 0.4, is_blog_author: false },
      { author: XSS_AUTHOR, comments: 1, posts: 1, first_utc: '2011-02-06T10:00:00Z', last_utc: '2011-02-06T10:00:00Z', active_days: 1, replies_given: 0, replies_received: 0, mean_sentiment: -0.4, is_blog_author: false },
    ]),
    post_activity: aq.from([
      { post_id: '2011/02/knee-pain', comments: 4, commenters: 3, first_comment_utc: '2011-02-05T04:28:00Z', last_comment_utc: '2011-02-07T10:00:00Z', lifespan_hours: 53.5, author_comments: 1, author_reply_rate: 0.33, median_author_response_minutes: 92 },
      { post_id: '2012/03/back', comments: 2, commenters: 2, first_comment_utc: '2012-03-11T15:00:00Z', last_comment_utc: '2012-03-12T15:00:00Z', lifespan_hours: 24, author_comments: 1, author_reply_rate: 1, median_author_response_minutes: 1440 },
    ]),
    response_times: aq.from([
      { comment_id: '2011/02/knee-pain#1', reply_comment_id: '2011/02/knee-pain#2', response_minutes: 92 },
      { comment_id: '2012/03/back#1', reply_comment_id: '2012/03/back#2', response_minutes: 1440 },
    ]),
    activity_by_month: aq.from([
      { month: '2011-02', comments: 4, commenters: 3, new_commenters: 3, posts_commented: 1 },
      { month: '2012-03', comments: 2, commenters: 2, new_commenters: 1, posts_commented: 1 },
    ]),
    activity_by_hour: aq.from([
      { weekday: 'Fri', hour: 20, comments: 1 },
      { weekday: 'Fri', hour: 22, comments: 1 },
      { weekday: 'Sun', hour: 2, comments: 1 },
      { weekday: 'Mon', hour: 2, comments: 1 },
      { weekday: 'Sun', hour: 7, comments: 1 },
      { weekday: 'Mon', hour: 7, comments: 1 },
    ]),
    sentiment_by_remedy: aq.from([
      { remedy_id: 'ice', mentions: 3, commenters: 3, mean_sentence_sentiment: 0.55, helped: 2, no_effect: 0, worse: 0, considering: 0 },
      { remedy_id: 'ibuprofen', mentions: 1, commenters: 1, mean_sentence_sentiment: -0.5, helped: 0, no_effect: 0, worse: 1, considering: 0 },
      { remedy_id: 'yoga', mentions: 2, commenters: 2, mean_sentence_sentiment: 0.55, helped: 1, no_effect: 0, worse: 0, considering: 1 },
    ]),
    sentiment_by_post: aq.from([
      { post_id: '2011/02/knee-pain', comments: 4, mean_sentiment: 0.05, positive: 2, neutral: 0, negative: 2 },
      { post_id: '2012/03/back', comments: 2, mean_sentiment: 0.55, positive: 2, neutral: 0, negative: 0 },
    ]),
    sentiment_by_month: aq.from([
      { month: '2011-02', comments: 4, mean_sentiment: 0.05, positive: 2, neutral: 0, negative: 2 },
      { month: '2012-03', comments: 2, mean_sentiment: 0.55, positive: 2, neutral: 0, negative: 0 },
    ]),
  };
}
