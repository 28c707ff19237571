import { z } from 'zod';
import type { Snapshot } from './snapshot.ts';

/** Kinds of change between two runs. */
export const ChangeKind = z.enum([
  'new-post', 'removed-post', 'new-comment', 'edited-comment', 'removed-comment', 'new-commenter', 'new-remedy', 'new-reply',
]);
export type ChangeKind = z.infer<typeof ChangeKind>;

/** One row of `changes.csv`. */
export const Change = z.object({
  kind: ChangeKind,
  post_id: z.string(),
  comment_id: z.string(),
  author: z.string(),
  detail: z.string(),
});
export type Change = z.infer<typeof Change>;

/** The current run's facts the diff reads besides its snapshot. */
export interface DiffInput {
  comments: readonly { comment_id: string; post_id: string; position: number; author_key: string; utc_time: string | null }[];
  mentions: readonly { remedy_id: string; comment_id: string; post_id: string }[];
  replies: readonly { comment_id: string; post_id: string; reply_to_comment_id: string; reply_to_author: string }[];
}

/**
 * Lists what changed since the previous run's snapshot: an empty list on a first run (`prev` null). A comment whose
 * id vanished while a new one appeared at the same post, position and author is one edited comment.
 */
export function diffRuns(prev: Snapshot | null, next: Snapshot, input: DiffInput): Change[] {
  if (prev === null) return [];
  const out: Change[] = [];
  const prevPosts = new Set(prev.posts);
  const nextPosts = new Set(next.posts);
  for (const p of next.posts) if (!prevPosts.has(p)) out.push({ kind: 'new-post', post_id: p, comment_id: '', author: '', detail: '' });
  for (const p of prev.posts) if (!nextPosts.has(p)) out.push({ kind: 'removed-post', post_id: p, comment_id: '', author: '', detail: '' });

  const prevIds = new Map(prev.comments.map((c) => [c[0], c] as const));
  const nextIds = new Set(next.comments.map((c) => c[0]));
  const removed = prev.comments.filter((c) => !nextIds.has(c[0]));
  const removedAt = new Map(removed.map((c) => [`${c[1]}\u0000${c[2]}\u0000${c[3]}`, c] as const));
  const edited = new Set<string>();
  for (const c of next.comments) {
    if (prevIds.has(c[0])) continue;
    const was = removedAt.get(`${c[1]}\u0000${c[2]}\u0000${c[3]}`);
    if (was) {
      edited.add(was[0]);
      out.push({ kind: 'edited-comment', post_id: c[1], comment_id: c[0], author: c[3], detail: `was ${was[0]}` });
    } else {
      out.push({ kind: 'new-comment', post_id: c[1], comment_id: c[0], author: c[3], detail: `#${c[2]}` });
    }
  }
  for (const c of removed) {
    if (!edited.has(c[0])) out.push({ kind: 'removed-comment', post_id: c[1], comment_id: c[0], author: c[3], detail: `#${c[2]}` });
  }

  const prevAuthors = new Set(prev.comments.map((c) => c[3]));
  const firstBy = new Map<string, DiffInput['comments'][number]>();
  for (const c of sortedByTime(input.comments)) if (!prevAuthors.has(c.author_key) && !firstBy.has(c.author_key)) firstBy.set(c.author_key, c);
  for (const [author, c] of firstBy) out.push({ kind: 'new-commenter', post_id: c.post_id, comment_id: c.comment_id, author, detail: '' });

  const prevRemedies = new Set(prev.remedies);
  const seen = new Set<string>();
  const byId = new Map(input.comments.map((c) => [c.comment_id, c] as const));
  const commentMentions = input.mentions.filter((m) => m.comment_id !== '' && !prevRemedies.has(m.remedy_id));
  for (const m of sortedByTime(commentMentions.map((m) => ({ remedy_id: m.remedy_id, post_id: m.post_id, comment_id: m.comment_id, utc_time: byId.get(m.comment_id)?.utc_time ?? null })))) {
    if (seen.has(m.remedy_id)) continue;
    seen.add(m.remedy_id);
    out.push({ kind: 'new-remedy', post_id: m.post_id, comment_id: m.comment_id, author: byId.get(m.comment_id)?.author_key ?? '', detail: m.remedy_id });
  }

  for (const r of input.replies) {
    if (prevIds.has(r.comment_id) || !prevIds.has(r.reply_to_comment_id)) continue;
    out.push({ kind: 'new-reply', post_id: r.post_id, comment_id: r.comment_id, author: byId.get(r.comment_id)?.author_key ?? '', detail: `to ${r.reply_to_author}` });
  }
  return out.sort(compareChanges);
}

/** One line for stderr and the report: counts per kind, or that nothing changed. */
export function summarizeChanges(prev: Snapshot | null, changes: readonly Change[]): string {
  if (prev === null) return 'first run: no earlier results to compare with';
  if (changes.length === 0) return 'nothing new since the last run';
  const counts = new Map<ChangeKind, number>();
  for (const c of changes) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  const parts = ChangeKind.options.filter((k) => counts.has(k)).map((k) => {
    const n = counts.get(k) ?? 0;
    return `${n} ${KIND_WORDS[k][n === 1 ? 0 : 1]}`;
  });
  return `since the last run: ${parts.join(', ')}`;
}

const KIND_WORDS: Record<ChangeKind, [string, string]> = {
  'new-post': ['new post', 'new posts'],
  'removed-post': ['removed post', 'removed posts'],
  'new-comment': ['new comment', 'new comments'],
  'edited-comment': ['edited comment', 'edited comments'],
  'removed-comment': ['removed comment', 'removed comments'],
  'new-commenter': ['new commenter', 'new commenters'],
  'new-remedy': ['remedy mentioned for the first time', 'remedies mentioned for the first time'],
  'new-reply': ['new reply to an older comment', 'new replies to older comments'],
};

function sortedByTime<T extends { utc_time: string | null; comment_id: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => cmp(a.utc_time ?? '\uffff', b.utc_time ?? '\uffff') || cmp(a.comment_id, b.comment_id));
}

function compareChanges(a: Change, b: Change): number {
  return (
    ChangeKind.options.indexOf(a.kind) - ChangeKind.options.indexOf(b.kind) ||
    cmp(a.post_id, b.post_id) || cmp(a.comment_id, b.comment_id) || cmp(a.detail, b.detail)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
