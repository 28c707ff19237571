/**
 * The corpus stage: from every post's record (ingest + NLP results, fresh or cached) to the named output tables.
 * records -> times (zone) -> links (site) -> authors & replies -> comment rows -> participation & sentiment tables
 */
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
import type { Reply } from '../schema/reply.ts';
import { buildParticipationTables, buildSentimentTables } from '../tables/build.ts';
import { normalizeTimes } from '../time/normalize.ts';
import type { ZoneChoice } from '../schema/time.ts';
import { tableFromRows } from '../output/csv.ts';
import type { TableName } from '../output/columns.ts';

/** Options of the corpus stage. */
export interface CorpusOptions {
  timezone: string;
  site: string | undefined;
  aliases: Aliases;
  lexicon: LexiconEntry[];
  linkRules: LinkRules;
}

/** The corpus stage's result: every output table but `changes`, the zone choice, and the comment facts for the diff. */
export interface CorpusResult {
  tables: Record<Exclude<TableName, 'changes'>, ColumnTable>;
  zone: ZoneChoice;
  site: string | null;
  comments: { comment_id: string; post_id: string; position: number; author_key: string; utc_time: string | null }[];
  replies: Reply[];
  /** The memos of the records whose links or replies were computed anew (absent or stale memo), by source file. */
  memos: Map<string, CorpusMemo>;
}

/** Builds all tables from `records` (sorted by source file); corpus-level problems are reported into `diag`. */
export function assembleCorpus(records: readonly PostRecord[], options: CorpusOptions, diag: Diagnostics): CorpusResult {
  const seen = new Map<string, string>();
  for (const r of records) {
    const other = seen.get(r.post.post_id);
    if (other !== undefined) diag.report(r.source_file, 1, 1, ingestDuplicatePostId(r.post.post_id, other));
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
  for (const [i, r] of records.entries()) {
    const repliesKey = JSON.stringify([extraNames, [r.post.author, ...r.comments.map((c) => c.author), ...extraNames].map(resolve)]);
    const old = r.corpus;
    const postLinks = old?.links_key === linksKey ? { links: old.links, diagnostics: old.link_diagnostics } : linksOf(r, { site, rules: options.linkRules });
    const postReplies = old?.replies_key === repliesKey ? old.replies : detectReplies({ post_id: r.post.post_id, author: r.post.author }, r.comments, resolve, { extraNames });
    const postTimes = timed.memo.get(r.post.post_id);
    diag.addAll(postLinks.diagnostics);
    links.push(...postLinks.links);
    replies.push(...postReplies);
    if (old?.links_key !== linksKey || old.replies_key !== repliesKey || old.times !== postTimes) {
      memos.set(r.source_file, { site_evidence: evidence[i]!, links_key: linksKey, links: postLinks.links, link_diagnostics: postLinks.diagnostics, replies_key: repliesKey, replies: postReplies, ...(postTimes ? { times: postTimes } : {}) });
    }
  }
  const firstAddressee = firstAddressees(replies);

  const sentimentById = new Map(records.flatMap((r) => r.analysis.sentiment).map((s) => [s.comment_id, s] as const));
  const comments = timed.comments.map((c) => {
    const s = sentimentById.get(c.comment_id);
    return {
      ...c,
      author_key: resolve(c.author),
      reply_to_author: firstAddressee.get(c.comment_id) ?? '',
      sentiment_score: s?.sentiment_score ?? null,
      sentiment_label: s?.sentiment_label ?? null,
    };
  });
  const mentions = records.flatMap((r) => r.analysis.mentions);
  const sentences = records.flatMap((r) => r.analysis.sentences);
  const blogAuthors = [...new Set(parsedPosts.map((p) => p.author).filter((a) => a !== '').map(resolve))].sort();
  const posts = timed.posts.map(({ body: _body, body_line: _line, declared_timezone: _tz, ...row }) => row);

  const tableInput = { posts, comments, replies, mentions, sentences, blog_authors: blogAuthors };
  const participation = buildParticipationTables(tableInput);
  const sentiment = buildSentimentTables(tableInput);
  const allDiagnostics = sortDiagnostics([...records.flatMap((r) => r.diagnostics), ...diag.items]);

  return {
    memos,
    zone: timed.zone,
    site: site.origin,
    replies,
    comments: comments.map((c) => ({ comment_id: c.comment_id, post_id: c.post_id, position: c.position, author_key: c.author_key, utc_time: c.utc_time })),
    tables: {
      posts: tableFromRows('posts', sortBy(posts, (p) => p.post_id)),
      comments: tableFromRows('comments', comments),
      diagnostics: tableFromRows('diagnostics', allDiagnostics),
      remedies: tableFromRows('remedies', remedyRows(options.lexicon)),
      remedy_mentions: tableFromRows('remedy_mentions', mentions),
      remedy_candidates: tableFromRows('remedy_candidates', rankCandidates(records.flatMap((r) => r.analysis.candidates))),
      links: tableFromRows('links', links),
      replies: tableFromRows('replies', replies),
      sentences: tableFromRows('sentences', sentences),
      ...participation,
      ...sentiment,
    },
  };
}

/** A post's links (body first, then each comment) and the diagnostics their extraction reported. */
function linksOf(r: PostRecord, env: { site: SiteInfo; rules: LinkRules }): { links: Link[]; diagnostics: Diagnostic[] } {
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
