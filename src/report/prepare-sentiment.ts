import type { SentimentMeanRow, SentimentShareRow } from '../charts/sentiment-by-month.ts';
import type { ThreadSentimentRow } from '../charts/thread-sentiment.ts';
import { sentimentScale } from '../charts/scales.ts';
import { compareText, monthOf, num, round, str } from './cells.ts';
import { type ReportContext, postTitle, uniqueLabels } from './context.ts';

type MonthCounts = { comments: number; mean: number | null; counts: Record<string, number> };

/** Returns per month the share of each sentiment label and the mean score (from `sentiment_by_month`, else counted). */
export function sentimentByMonth(ctx: ReportContext): { shares: SentimentShareRow[]; means: SentimentMeanRow[] } {
  const months = new Map<string, MonthCounts>();
  const table = ctx.rows('sentiment_by_month');
  if (table.length > 0) {
    for (const t of table) {
      const m = monthOf(t.month);
      if (!m) continue;
      const counts = Object.fromEntries(sentimentScale.domain.map((l) => [l, num(t[l]) ?? 0]));
      months.set(m, { comments: num(t.comments) ?? 0, mean: num(t.mean_sentiment), counts });
    }
  } else {
    const sums = new Map<string, { sum: number; n: number }>();
    for (const c of ctx.rows('comments')) {
      const m = monthOf(c.local_time);
      const label = str(c.sentiment_label);
      const score = num(c.sentiment_score);
      if (!m || !label || score === null) continue;
      const e = months.get(m) ?? { comments: 0, mean: null, counts: {} };
      e.comments += 1;
      e.counts[label] = (e.counts[label] ?? 0) + 1;
      months.set(m, e);
      const s = sums.get(m) ?? { sum: 0, n: 0 };
      sums.set(m, { sum: s.sum + score, n: s.n + 1 });
    }
    for (const [m, s] of sums) {
      const e = months.get(m);
      if (e) e.mean = s.sum / s.n;
    }
  }
  const sorted = [...months].sort((a, b) => compareText(a[0], b[0]));
  const shares = sorted.flatMap(([month, e]) => {
    const total = sentimentScale.domain.reduce((s, l) => s + (e.counts[l] ?? 0), 0);
    return total === 0
      ? []
      : sentimentScale.domain.map((label) => ({
          month, month_start: `${month}-01`, label, comments: e.counts[label] ?? 0, share: round((e.counts[label] ?? 0) / total, 4),
        }));
  });
  const means = sorted.flatMap(([month, e]) => (e.mean === null ? [] : [{ month, month_start: `${month}-01`, comments: e.comments, mean_sentiment: round(e.mean, 4) }]));
  return { shares, means };
}

/** Returns the `perEnd` most positive and most negative threads with at least `minComments` comments (lowered if none qualify). */
export function threadExtremes(ctx: ReportContext, perEnd = 10, minComments = 5): { rows: ThreadSentimentRow[]; minComments: number } {
  const all = ctx
    .rows('sentiment_by_post')
    .map((s) => ({ post_id: str(s.post_id), comments: num(s.comments) ?? 0, mean_sentiment: num(s.mean_sentiment) }))
    .filter((s): s is { post_id: string; comments: number; mean_sentiment: number } => s.mean_sentiment !== null && s.comments > 0);
  const min = all.some((s) => s.comments >= minComments) ? minComments : 1;
  const eligible = all.filter((s) => s.comments >= min).sort((a, b) => b.mean_sentiment - a.mean_sentiment || compareText(a.post_id, b.post_id));
  const positive = eligible.slice(0, Math.min(perEnd, Math.ceil(eligible.length / 2)));
  const negative = eligible.slice(positive.length).slice(-perEnd);
  const picked = [...positive.map((s) => ({ ...s, end: 'most positive' })), ...negative.map((s) => ({ ...s, end: 'most negative' }))];
  const labels = uniqueLabels(picked.map((s) => postTitle(ctx, s.post_id)), 45);
  return {
    minComments: min,
    rows: picked.map((s, i) => ({ ...s, mean_sentiment: round(s.mean_sentiment, 4), title: postTitle(ctx, s.post_id), label: labels[i] ?? s.post_id })),
  };
}
