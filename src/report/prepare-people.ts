import type { CommenterRow } from '../charts/top-commenters.ts';
import type { NewcomerRow } from '../charts/new-returning.ts';
import type { ReplyRateRow } from '../charts/author-reply-rate.ts';
import type { ResponseBinRow } from '../charts/response-times.ts';
import type { ReplyPairRow } from '../charts/who-answers-whom.ts';
import { bool, compareText, countBy, median, monthOf, num, round, str, yearOf } from './cells.ts';
import type { ReportContext } from './context.ts';

/** Returns the `limit` most active commenters (from `authors`, else counted), plus the blog's author if not among them. */
export function topCommenters(ctx: ReportContext, limit = 25): CommenterRow[] {
  let all: (CommenterRow & { is_blog_author: boolean })[] = ctx.rows('authors').map((a) => ({
    author: str(a.author),
    role: bool(a.is_blog_author) ? 'blog author' : 'reader',
    is_blog_author: bool(a.is_blog_author),
    comments: num(a.comments) ?? 0,
    posts: num(a.posts) ?? 0,
    first: str(a.first_utc).slice(0, 10),
    last: str(a.last_utc).slice(0, 10),
  }));
  if (all.length === 0) {
    const by = new Map<string, { n: number; posts: Set<string>; times: string[]; author: boolean }>();
    for (const c of ctx.rows('comments')) {
      const a = str(c.author);
      const r = by.get(a) ?? { n: 0, posts: new Set<string>(), times: [], author: false };
      r.n += 1;
      r.posts.add(str(c.post_id));
      if (str(c.utc_time)) r.times.push(str(c.utc_time));
      r.author ||= bool(c.is_post_author);
      by.set(a, r);
    }
    all = [...by].map(([author, r]) => {
      const times = r.times.sort();
      return {
        author, role: r.author ? 'blog author' : 'reader', is_blog_author: r.author, comments: r.n, posts: r.posts.size,
        first: (times[0] ?? '').slice(0, 10), last: (times[times.length - 1] ?? '').slice(0, 10),
      };
    });
  }
  all.sort((a, b) => b.comments - a.comments || compareText(a.author, b.author));
  const top = all.slice(0, limit);
  for (const a of all.slice(limit)) if (a.is_blog_author && a.comments > 0) top.push(a);
  return top.map(({ is_blog_author: _, ...r }) => r);
}

/** Returns each month's commenters split into new and returning (from `activity_by_month`, else counted). */
export function newcomers(ctx: ReportContext): NewcomerRow[] {
  const months = new Map<string, { commenters: number; fresh: number }>();
  const table = ctx.rows('activity_by_month');
  if (table.length > 0) {
    for (const t of table) {
      const m = monthOf(t.month);
      if (m) months.set(m, { commenters: num(t.commenters) ?? 0, fresh: num(t.new_commenters) ?? 0 });
    }
  } else {
    const firstMonth = new Map<string, string>();
    const perMonth = new Map<string, Set<string>>();
    for (const c of ctx.rows('comments')) {
      const m = monthOf(c.local_time);
      if (!m) continue;
      const a = str(c.author);
      perMonth.set(m, (perMonth.get(m) ?? new Set()).add(a));
      const f = firstMonth.get(a);
      if (f === undefined || m < f) firstMonth.set(a, m);
    }
    for (const [m, set] of perMonth) months.set(m, { commenters: set.size, fresh: [...set].filter((a) => firstMonth.get(a) === m).length });
  }
  return [...months]
    .sort((a, b) => compareText(a[0], b[0]))
    .flatMap(([month, r]) => [
      { month, month_start: `${month}-01`, kind: 'new', commenters: r.fresh },
      { month, month_start: `${month}-01`, kind: 'returning', commenters: Math.max(0, r.commenters - r.fresh) },
    ]);
}

/** Returns, per year of publication, the mean share of comments the post's author answered, over posts with comments. */
export function replyRates(ctx: ReportContext): ReplyRateRow[] {
  const years = new Map<string, { rates: number[]; minutes: number[] }>();
  for (const a of ctx.rows('post_activity')) {
    const rate = num(a.author_reply_rate);
    if ((num(a.comments) ?? 0) <= 0 || rate === null) continue;
    const year = yearOf(ctx.publishedLocal(a.post_id)) || yearOf(a.first_comment_utc);
    if (!year) continue;
    const y = years.get(year) ?? { rates: [], minutes: [] };
    y.rates.push(rate);
    const m = num(a.median_author_response_minutes);
    if (m !== null) y.minutes.push(m);
    years.set(year, y);
  }
  return [...years]
    .sort((a, b) => compareText(a[0], b[0]))
    .map(([year, y]) => ({
      year,
      posts: y.rates.length,
      reply_rate: round(y.rates.reduce((s, r) => s + r, 0) / y.rates.length, 4),
      median_response_minutes: y.minutes.length ? round(median(y.minutes) ?? 0, 1) : null,
    }));
}

const EDGES = [1, 3, 10, 30, 100, 300, 1000, 3000, 10000, 30000, 100000, 300000, 1000000, 3000000];

/** Returns a duration in minutes in the largest readable unit (`45 min`, `5 h`, `2.1 days`). */
export function formatMinutes(minutes: number): string {
  const fmt = (n: number) => String(round(n, n < 10 ? 1 : 0));
  if (minutes < 60) return `${fmt(minutes)} min`;
  if (minutes < 1440) return `${fmt(minutes / 60)} h`;
  if (minutes < 43200) return `${fmt(minutes / 1440)} days`;
  if (minutes < 525600) return `${fmt(minutes / 43200)} months`;
  return `${fmt(minutes / 525600)} years`;
}

/** Returns the post author's response times in half-decade log bins (under 3 minutes goes in the first bin). */
export function responseBins(ctx: ReportContext): ResponseBinRow[] {
  const counts = new Array<number>(EDGES.length - 1).fill(0);
  for (const r of ctx.rows('response_times')) {
    const reply = ctx.commentById.get(str(r.reply_comment_id));
    if (reply && !bool(reply.is_post_author)) continue;
    const minutes = num(r.response_minutes);
    if (minutes === null || minutes < 0) continue;
    let i = EDGES.findIndex((e, k) => k > 0 && minutes < e) - 1;
    if (i < 0) i = minutes < 1 ? 0 : counts.length - 1;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  const rows = counts.map((replies, i) => {
    const from = EDGES[i] ?? 1;
    const to = EDGES[i + 1] ?? from;
    return { from_minutes: from, to_minutes: to, range: `${i === 0 ? 'under' : formatMinutes(from) + ' to'} ${formatMinutes(to)}`, replies };
  });
  let last = rows.length;
  while (last > 0 && rows[last - 1]?.replies === 0) last -= 1;
  return rows.slice(0, Math.max(last, 1));
}

/** Returns the reply counts among the `limit` most active commenters, and those commenters in order. */
export function replyMatrix(ctx: ReportContext, limit = 15): { pairs: ReplyPairRow[]; authors: string[] } {
  const active = countBy(ctx.rows('comments').filter((c) => str(c.author)), (c) => str(c.author))
    .slice(0, limit)
    .map(([a]) => a);
  const set = new Set(active);
  const pairs = countBy(
    ctx.rows('replies')
      .map((r) => ({ from: str(ctx.commentById.get(str(r.comment_id))?.author), to: str(r.reply_to_author) }))
      .filter((p) => set.has(p.from) && set.has(p.to)),
    (p) => JSON.stringify([p.from, p.to]),
  ).map(([key, replies]) => {
    const [from_author, to_author] = JSON.parse(key) as [string, string];
    return { from_author, to_author, replies };
  });
  return { pairs, authors: active };
}
