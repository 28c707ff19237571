/**
 * The corpus stage: from every post's record (ingest + NLP results, fresh or cached) to the named output tables.
 * records -> times (zone) -> links (site) -> authors & replies -> comment rows -> participation tables  (prepareCorpus)
 *         -> + NLP results: sentiment of comment rows, mentions, sentences -> authors & sentiment tables (finishCorpus)
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { CorpusMemo, PostRecord } from '../analyze/post-record.ts';
import { Diagnostics, sortDiagnostics } from '../diagnostics.ts';
import type { Diagnostic } from '../schema/diagnostic.ts';
import { ingestDuplicatePostId } from '../messages/ingest.ts';
import { extractLinks } from '../links/extract.ts';
import { siteEvidence, siteFromEvidence, siteFromOption, type SiteInfo } from '../links/site.ts';
import type { LinkRules } from '../links/rules.ts';
import { rankCandidates } from '../remedies/candidates.ts';
import type { LexiconEntry } from '../remedies/lexicon.ts';
import { remedyRows } from '../remedies/lexicon.ts';
import type { Aliases } from '../replies/aliases.ts';
import { buildAuthorResolver } from '../replies/aliases.ts';
import { detectReplies, firstAddressees } from '../replies/detect.ts';
import type { Link } from '../schema/link.ts';
import type { Mention } from '../schema/mention.ts';
import type { Reply } from '../schema/reply.ts';
import { buildActivityByHour, buildActivityByMonth } from '../tables/activity.ts';
import { buildAuthors } from '../tables/authors.ts';
import { buildSentimentTables, type ParticipationTables } from '../tables/build.ts';
import { TableComment } from '../tables/inputs.ts';
import { TimedComment } from '../schema/comment.ts';
import { perPostParticipation, type PostParticipation } from './participation.ts';
import { candidateSightings, mentionTable, sentencesTable, type AnalysedRecord } from './analyses.ts';
import { rowViews } from '../output/row-views.ts';
import type { Post } from '../schema/post.ts';
import type { CommentSentiment, PackedAnalysis } from '../schema/analysis.ts';
import { normalizeTimes } from '../time/normalize.ts';
import type { ZoneChoice } from '../schema/time.ts';
import { tableFromRows } from '../output/csv.ts';
import { TABLE_COLUMNS, type TableName } from '../output/columns.ts';
import type { RecordTable } from '../output/segments.ts';

/** Options of the corpus stage. */
export interface CorpusOptions {
  timezone: string;
  site: string | undefined;
  aliases: Aliases;
  lexicon: LexiconEntry[];
  linkRules: LinkRules;
}

/**
 * The corpus stage's result: every output table but `changes` (and `sentences`, given record by record), the zone
 * choice, and the comment facts for the diff.
 */
export interface CorpusResult {
  tables: Record<Exclude<TableName, 'changes' | 'sentences'>, ColumnTable>;
  /**
   * The `sentences` rows of the record at an index (in `files` order), cut from its packed results when asked for: the
   * most numerous rows are written to their CSV a record at a time and never held as one table (about 0.6 GB for a
   * million comments).
   */
  sentences: (record: number) => ColumnTable;
  zone: ZoneChoice;
  site: string | null;
  comments: { comment_id: string; post_id: string; position: number; author_key: string; utc_time: string | null }[];
  replies: Reply[];
  /** The mention rows of `remedy_mentions`, for the diff: views over the table's columns (see `rowViews`). */
  mentions: Mention[];
  /** The memos of the records whose links or replies were computed anew (absent or stale memo), by source file. */
  memos: Map<string, CorpusMemo>;
  /** The records' source files, in table order, and how many rows each gives each record table. */
  files: string[];
  recordRows: Record<RecordTable, number[]>;
}

/** What the first phase reads of a record: everything but its NLP results. */
export type CorpusRecord = Omit<PostRecord, 'analysis'>;

/**
 * The corpus stage's results that need no NLP result: times and zone, site, links, replies, authors, the comment rows
 * but their sentiment, and the participation tables that read none. A rerun computes it while the NLP of its changed
 * posts runs in a worker.
 */
export interface CorpusBase {
  /** The source files of the records, in their order: `finishCorpus` takes their analyses in the same order. */
  files: string[];
  zone: ZoneChoice;
  site: string | null;
  posts: Post[];
  /** The comment rows' columns, sentiment empty. */
  commentTable: ColumnTable;
  /** The comment rows, as views over `commentTable` (see `rowViews`). */
  comments: TableComment[];
  links: Link[];
  replies: Reply[];
  blogAuthors: string[];
  memos: Map<string, CorpusMemo>;
  /** The records' own diagnostics (ingest), reported with the corpus stage's. */
  recordDiagnostics: Diagnostic[];
  participation: Omit<ParticipationTables, 'authors'>;
  /** Rows per record in the record tables that need no NLP result. */
  recordRows: Pick<Record<RecordTable, number[]>, 'comments' | 'links' | 'replies'>;
}

/** Builds all tables from `records` (sorted by source file); corpus-level problems are reported into `diag`. */
export function assembleCorpus(records: readonly PostRecord[], options: CorpusOptions, diag: Diagnostics): CorpusResult {
  return finishCorpus(prepareCorpus(records, options, diag), records, options, diag);
}

/** The first phase of `assembleCorpus`: everything that does not read the records' NLP results. */
export function prepareCorpus(records: readonly CorpusRecord[], options: CorpusOptions, diag: Diagnostics): CorpusBase {
  const seen = new Map<string, string>();
  let repeated = false;
  for (const r of records) {
    const other = seen.get(r.post.post_id);
    if (other !== undefined) {
      diag.report(r.source_file, 1, 1, ingestDuplicatePostId(r.post.post_id, other));
      repeated = true;
    }
    else seen.set(r.post.post_id, r.source_file);
  }
  const parsedPosts = records.map((r) => r.post);
  const rawComments = records.flatMap((r) => r.comments);
  const timeMemo = new Map(records.flatMap((r) => (r.corpus?.times ? [[r.post.post_id, r.corpus.times] as const] : [])));
  const timed = normalizeTimes({ posts: parsedPosts, comments: rawComments }, { timezone: options.timezone }, diag, timeMemo);

  const evidence = records.map((r) => r.corpus?.site_evidence ?? siteEvidence(r.post.body));
  const site = options.site !== undefined ? siteFromOption(options.site) : siteFromEvidence(evidence);
  const names = [...rawComments.map((c) => c.author), ...parsedPosts.map((p) => p.author).filter((a) => a !== '')];
  const resolve = buildAuthorResolver(names, options.aliases);
  const extraNames = Object.values(options.aliases).flat();

  // Links and replies per post, reused from the record's memo when what they depend on is unchanged.
  const linksKey = JSON.stringify([site.host, site.origin]);
  const links: Link[] = [];
  const replies: Reply[] = [];
  const memos = new Map<string, CorpusMemo>();
  // Participation rows kept from memos that still hold; a post id that repeats names several posts, so none are kept.
  const knownParticipation = new Map<string, PostParticipation>();
  const recordRows = { comments: records.map((r) => r.comments.length), links: [] as number[], replies: [] as number[] };
  for (const [i, r] of records.entries()) {
    const repliesKey = JSON.stringify([extraNames, [r.post.author, ...r.comments.map((c) => c.author), ...extraNames].map(resolve)]);
    const old = r.corpus;
    const postLinks = old?.links_key === linksKey ? { links: old.links, diagnostics: old.link_diagnostics } : linksOf(r, { site, rules: options.linkRules });
    const postReplies = old?.replies_key === repliesKey ? old.replies : detectReplies({ post_id: r.post.post_id, author: r.post.author }, r.comments, resolve, { extraNames });
    const postTimes = timed.memo.get(r.post.post_id);
    diag.addAll(postLinks.diagnostics);
    links.push(...postLinks.links);
    replies.push(...postReplies);
    recordRows.links.push(postLinks.links.length);
    recordRows.replies.push(postReplies.length);
    const held = old?.links_key === linksKey && old.replies_key === repliesKey && old.times === postTimes;
    if (held && !repeated && old.participation) knownParticipation.set(r.post.post_id, old.participation);
    if (!held || (!repeated && old.participation === undefined)) {
      memos.set(r.source_file, { site_evidence: evidence[i]!, links_key: linksKey, links: postLinks.links, link_diagnostics: postLinks.diagnostics, replies_key: repliesKey, replies: postReplies, ...(postTimes ? { times: postTimes } : {}) });
    }
  }
  const firstAddressee = firstAddressees(replies);
  const commentTable = commentColumns(timed.comments, resolve, firstAddressee);
  const comments = rowViews(commentTable) as unknown as TableComment[];
  const blogAuthors = [...new Set(parsedPosts.map((p) => p.author).filter((a) => a !== '').map(resolve))].sort();
  const posts = timed.posts.map(({ body: _body, body_line: _line, declared_timezone: _tz, ...row }) => row);
  const tableInput = { posts, comments, replies, blog_authors: blogAuthors };
  const { computed, ...perPost } = perPostParticipation(tableInput, knownParticipation);
  if (!repeated) {
    for (const r of records) {
      const memo = memos.get(r.source_file);
      const participation = computed.get(r.post.post_id);
      if (memo && participation) memo.participation = participation;
    }
  }
  return {
    files: records.map((r) => r.source_file),
    zone: timed.zone,
    site: site.origin,
    posts,
    commentTable,
    comments,
    links,
    replies,
    blogAuthors,
    memos,
    recordDiagnostics: records.flatMap((r) => r.diagnostics),
    recordRows,
    participation: {
      ...perPost,
      activity_by_month: buildActivityByMonth(tableInput),
      activity_by_hour: buildActivityByHour(tableInput),
    },
  };
}

/**
 * The second phase of `assembleCorpus`: adds the NLP results of `records` (the records of `base`, in its order; their
 * texts are what the packed results cut their sentences from).
 */
export function finishCorpus(base: CorpusBase, records: readonly AnalysedRecord[], options: CorpusOptions, diag: Diagnostics): CorpusResult {
  if (records.length !== base.files.length) throw new Error(`finishCorpus: ${records.length} analyses for ${base.files.length} records`);
  const analyses = records.map((r) => r.analysis);
  const commentTable = withSentiment(base.commentTable, analyses);
  const { table: mentionsTable, scores: mentionScores } = mentionTable(records);
  // The tables and the diff read the comments and mentions as rows: views over the tables' columns.
  const comments = rowViews(commentTable) as unknown as TableComment[];
  const mentions = rowViews(mentionsTable) as unknown as Mention[];
  const tableInput = { posts: base.posts, comments, replies: base.replies, mentions, blog_authors: base.blogAuthors };
  const allDiagnostics = sortDiagnostics([...base.recordDiagnostics, ...diag.items]);

  return {
    memos: base.memos,
    files: base.files,
    recordRows: {
      ...base.recordRows,
      remedy_mentions: analyses.map((a) => a.mentions.comment.length),
      sentences: analyses.map((a) => a.sentences.comment.length),
    },
    zone: base.zone,
    site: base.site,
    replies: base.replies,
    mentions,
    sentences: (record) => sentencesTable([records[record]!]),
    comments,
    tables: {
      posts: tableFromRows('posts', sortBy(base.posts, (p) => p.post_id)),
      comments: commentTable.select(...TABLE_COLUMNS.comments),
      diagnostics: tableFromRows('diagnostics', allDiagnostics),
      remedies: tableFromRows('remedies', remedyRows(options.lexicon)),
      // With each mention's sentence index and its sentence's score, which the report reads (not CSV columns).
      remedy_mentions: mentionsTable,
      remedy_candidates: tableFromRows('remedy_candidates', rankCandidates(candidateSightings(records))),
      links: tableFromRows('links', base.links),
      replies: tableFromRows('replies', base.replies),
      authors: buildAuthors(tableInput),
      ...base.participation,
      ...buildSentimentTables(tableInput, mentionScores),
    },
  };
}

/** The fields of a comment row of the tables: the timed comment's (from its schema), then those the corpus stage adds. */
const TIMED_FIELDS = Object.keys(TimedComment.shape) as (keyof TimedComment)[];
const COMMENT_FIELDS = Object.keys(TableComment.shape) as (keyof TableComment)[];

/**
 * The comment rows as columns, one array per field (a million comments as row objects held about 0.3 GB more, and
 * the table was then built from them): each timed comment's fields, its canonical author, its first addressee (empty
 * when none) and empty sentiment.
 */
function commentColumns(timed: readonly TimedComment[], resolve: (name: string) => string, firstAddressee: ReadonlyMap<string, string>): ColumnTable {
  const columns = {} as Record<keyof TableComment, unknown[]>;
  for (const name of COMMENT_FIELDS) columns[name] = new Array(timed.length);
  for (const name of TIMED_FIELDS) {
    const column = columns[name];
    for (let i = 0; i < timed.length; i++) column[i] = timed[i]![name];
  }
  for (let i = 0; i < timed.length; i++) {
    const c = timed[i]!;
    columns.author_key[i] = resolve(c.author);
    columns.reply_to_author[i] = firstAddressee.get(c.comment_id) ?? '';
    columns.sentiment_score[i] = null;
    columns.sentiment_label[i] = null;
  }
  return aq.table(columns);
}

/** `comments` with each comment's sentiment from the analyses (null for a comment they do not score). */
function withSentiment(comments: ColumnTable, analyses: readonly PackedAnalysis[]): ColumnTable {
  const byId = new Map<string, CommentSentiment>();
  for (const a of analyses) for (const s of a.sentiment) byId.set(s.comment_id, s);
  const ids = comments.column('comment_id')!;
  const scores = new Array<number | null>(comments.numRows());
  const labels = new Array<TableComment['sentiment_label']>(comments.numRows());
  for (let i = 0; i < scores.length; i++) {
    const s = byId.get(ids.at(i) as string);
    scores[i] = s?.sentiment_score ?? null;
    labels[i] = s?.sentiment_label ?? null;
  }
  return comments.assign({ sentiment_score: scores, sentiment_label: labels });
}

/** A post's links (body first, then each comment) and the diagnostics their extraction reported. */
function linksOf(r: CorpusRecord, env: { site: SiteInfo; rules: LinkRules }): { links: Link[]; diagnostics: Diagnostic[] } {
  const diag = new Diagnostics();
  const page_path = `/${r.post.post_id}/`;
  const base = { post_id: r.post.post_id, source_file: r.source_file, page_path };
  const linkEnv = { ...env, diag };
  const links = extractLinks(r.post.body, { ...base, comment_id: '', body_line: r.post.body_line }, linkEnv);
  for (const c of r.comments) links.push(...extractLinks(c.text, { ...base, comment_id: c.comment_id, body_line: c.body_line }, linkEnv));
  return { links, diagnostics: diag.items };
}

function sortBy<T>(rows: T[], key: (row: T) => string): T[] {
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
