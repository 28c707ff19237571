import type { MonthActivityRow } from '../charts/comments-by-month.ts';
import { type HourCellRow, WEEKDAYS } from '../charts/activity-heatmap.ts';
import type { PostSizeRow } from '../charts/comments-per-post.ts';
import type { TopPostRow } from '../charts/top-posts.ts';
import { compareText, monthOf, num, str } from './cells.ts';
import { type ReportContext, postTitle, uniqueLabels } from './context.ts';

/** Returns comments, commenters and posts published per month (from `activity_by_month`, else from the rows). */
export function monthActivity(ctx: ReportContext): MonthActivityRow[] {
  const byMonth = new Map<string, MonthActivityRow>();
  const get = (month: string): MonthActivityRow => {
    let r = byMonth.get(month);
    if (!r) byMonth.set(month, (r = { month, month_start: `${month}-01`, comments: 0, commenters: 0, posts_published: 0 }));
    return r;
  };
  const table = ctx.rows('activity_by_month');
  if (table.length > 0) {
    for (const t of table) {
      const m = monthOf(t.month);
      if (!m) continue;
      const r = get(m);
      r.comments = num(t.comments) ?? 0;
      r.commenters = num(t.commenters) ?? 0;
    }
  } else {
    const authors = new Map<string, Set<string>>();
    for (const c of ctx.rows('comments')) {
      const m = monthOf(c.local_time);
      if (!m) continue;
      get(m).comments += 1;
      authors.set(m, (authors.get(m) ?? new Set()).add(str(c.author)));
    }
    for (const [m, set] of authors) get(m).commenters = set.size;
  }
  for (const p of ctx.rows('posts')) {
    const m = monthOf(ctx.publishedLocal(p.post_id));
    if (m) get(m).posts_published += 1;
  }
  return [...byMonth.values()].sort((a, b) => compareText(a.month, b.month));
}

/** Returns a weekday as `Mon`..`Sun` from a name or a number (0 = Sunday when `sundayZero`, else ISO 1 = Monday). */
export function weekdayName(value: unknown, sundayZero: boolean): string | null {
  const n = num(value);
  if (n !== null) {
    const iso = sundayZero ? (n === 0 ? 7 : n) : n;
    return WEEKDAYS[iso - 1] ?? null;
  }
  const s = str(value).trim().slice(0, 3).toLowerCase();
  return WEEKDAYS.find((d) => d.toLowerCase() === s) ?? null;
}

/** Returns comments per local weekday and hour (from `activity_by_hour`, else from `local_time`). */
export function hourCells(ctx: ReportContext): HourCellRow[] {
  const counts = new Map<string, HourCellRow>();
  const add = (weekday: string | null, hour: number | null, comments: number) => {
    if (weekday === null || hour === null || hour < 0 || hour > 23) return;
    const key = `${weekday}|${hour}`;
    const r = counts.get(key) ?? { weekday, hour, comments: 0 };
    r.comments += comments;
    counts.set(key, r);
  };
  const table = ctx.rows('activity_by_hour');
  if (table.length > 0) {
    const sundayZero = table.some((t) => num(t.weekday) === 0);
    for (const t of table) add(weekdayName(t.weekday, sundayZero), num(t.hour), num(t.comments) ?? 0);
  } else {
    for (const c of ctx.rows('comments')) {
      const v = c.local_time;
      // arquero parses a zone-less timestamp as machine-local time, so read it back in machine-local terms.
      if (v instanceof Date) add(weekdayName(v.getDay(), true), v.getHours(), 1);
      else {
        const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2})/.exec(str(v));
        if (m) add(weekdayName(new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)).getUTCDay(), true), Number(m[4]), 1);
      }
    }
  }
  const order = (d: string) => WEEKDAYS.indexOf(d);
  return [...counts.values()].sort((a, b) => order(a.weekday) - order(b.weekday) || a.hour - b.hour);
}

/** Returns each post's comment count: `posts.comment_count`, else `post_activity.comments`, else counted rows. */
export function commentsPerPost(ctx: ReportContext): ReadonlyMap<string, number> {
  let result = perPostCounts.get(ctx);
  if (!result) perPostCounts.set(ctx, (result = countPerPost(ctx)));
  return result;
}

// Two charts read the counts of one context: counted once.
const perPostCounts = new WeakMap<ReportContext, Map<string, number>>();

function countPerPost(ctx: ReportContext): Map<string, number> {
  const counted = new Map<string, number>();
  for (const c of ctx.rows('comments')) {
    const id = str(c.post_id);
    counted.set(id, (counted.get(id) ?? 0) + 1);
  }
  const activity = new Map(ctx.rows('post_activity').map((a) => [str(a.post_id), num(a.comments)] as const));
  const result = new Map<string, number>();
  for (const p of ctx.rows('posts')) {
    const id = str(p.post_id);
    result.set(id, num(p.comment_count) ?? activity.get(id) ?? counted.get(id) ?? 0);
  }
  for (const [id, n] of counted) if (!result.has(id)) result.set(id, n);
  return result;
}

const BUCKETS: [string, number, number][] = [
  ['0', 0, 0], ['1', 1, 1], ['2', 2, 2], ['3–4', 3, 4], ['5–9', 5, 9], ['10–19', 10, 19],
  ['20–49', 20, 49], ['50–99', 50, 99], ['100+', 100, Infinity],
];

/** Returns how many posts fall in each comments-per-post bucket (every bucket, zeros included; none without posts). */
export function postSizes(ctx: ReportContext): PostSizeRow[] {
  const perPost = commentsPerPost(ctx);
  if (perPost.size === 0) return [];
  const rows = BUCKETS.map(([bucket], order) => ({ bucket, order, posts: 0 }));
  for (const n of perPost.values()) {
    const i = BUCKETS.findIndex(([, lo, hi]) => n >= lo && n <= hi);
    const r = rows[i];
    if (r) r.posts += 1;
  }
  return rows;
}

/** Returns the `limit` posts with the most comments (ties by post id). */
export function topPosts(ctx: ReportContext, limit = 20): TopPostRow[] {
  const commenters = new Map<string, Set<string>>();
  for (const c of ctx.rows('comments')) {
    const id = str(c.post_id);
    commenters.set(id, (commenters.get(id) ?? new Set()).add(str(c.author)));
  }
  const activity = new Map(ctx.rows('post_activity').map((a) => [str(a.post_id), num(a.commenters)] as const));
  const top = [...commentsPerPost(ctx)]
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
    .slice(0, limit);
  const labels = uniqueLabels(top.map(([id]) => postTitle(ctx, id)), 45);
  return top.map(([post_id, comments], i) => ({
    post_id,
    label: labels[i] ?? post_id,
    title: postTitle(ctx, post_id),
    published: str(ctx.postById.get(post_id)?.published_utc).slice(0, 10),
    comments,
    commenters: activity.get(post_id) ?? commenters.get(post_id)?.size ?? 0,
  }));
}
