import { escapeHtml } from './escape.ts';
import { formatInt, str } from './cells.ts';
import type { ReportContext } from './context.ts';
import type { Section } from './html-parts.ts';
import type { ReportMeta } from './input.ts';
import { type ProblemRow, severityCounts } from './prepare-problems.ts';

const count = (n: number, noun: string) => `${formatInt(n)} ${noun}${n === 1 ? '' : 's'}`;

/** Returns the overview section: counts, date range, the time zone and why, and problem counts. */
export function overviewSection(ctx: ReportContext, meta: ReportMeta, diagnostics: readonly ProblemRow[]): Section {
  const comments = ctx.rows('comments');
  const commenters = new Set(comments.map((c) => str(c.author)).filter(Boolean)).size;
  const times = [...comments.map((c) => str(c.utc_time)), ...ctx.rows('posts').map((p) => str(p.published_utc))].filter(Boolean).sort();
  const range = times.length ? `${(times[0] ?? '').slice(0, 10)} to ${(times[times.length - 1] ?? '').slice(0, 10)}` : 'no dates';
  const sev = severityCounts(diagnostics);
  const stat = (label: string, value: string, id: string) =>
    `<div class="stat" id="stat-${id}"><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd></div>`;
  const body = `<dl class="stats">
${stat('Posts', formatInt(ctx.rows('posts').length), 'posts')}
${stat('Comments', formatInt(comments.length), 'comments')}
${stat('Commenters', formatInt(commenters), 'commenters')}
${stat('Dates (UTC)', range, 'dates')}
${stat('Problems', `${count(sev.error, 'error')}, ${count(sev.warning, 'warning')}, ${count(sev.info, 'note')}`, 'problems')}
</dl>
<p class="meta"><strong>Input:</strong> <code>${escapeHtml(meta.input_label)}</code></p>
<p class="meta"><strong>Time zone:</strong> ${escapeHtml(meta.zone)}. <span class="evidence">${escapeHtml(meta.zone_evidence)}</span></p>
<p class="meta">Months, years, the weekday-and-hour chart and quote dates are on this zone's clock (a post's own front-matter zone wins); the date range above is in UTC.</p>`;
  return { id: 'overview', title: 'Overview', body };
}
