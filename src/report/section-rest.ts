import { linkClassesByYearSpec } from '../charts/link-classes-by-year.ts';
import { problemsByRuleSpec } from '../charts/problems-by-rule.ts';
import { sentimentByMonthSpec } from '../charts/sentiment-by-month.ts';
import { threadSentimentSpec } from '../charts/thread-sentiment.ts';
import { topDomainsSpec } from '../charts/top-domains.ts';
import { formatInt } from './cells.ts';
import { type ReportContext, postUrl } from './context.ts';
import { escapeHtml, linkHtml } from './escape.ts';
import { type ChartEntry, chartEntry, figureHtml, type Section, tableHtml } from './html-parts.ts';
import { linkClassesByYear, sharedUrls, topDomains } from './prepare-links.ts';
import { type ProblemRow, ruleCounts } from './prepare-problems.ts';
import { sentimentByMonth, threadExtremes } from './prepare-sentiment.ts';

/** Returns the sentiment section: label shares and mean per month, the most positive and negative threads. */
export function sentimentSection(ctx: ReportContext): { section: Section; charts: ChartEntry[] } {
  const months = sentimentByMonth(ctx);
  const threads = threadExtremes(ctx);
  const charts = [
    chartEntry('sentiment-by-month', sentimentByMonthSpec(months.shares, months.means), months.shares, [
      { key: 'month', label: 'Month' }, { key: 'label', label: 'Label' }, { key: 'comments', label: 'Comments' }, { key: 'share', label: 'Share' },
    ]),
    chartEntry('thread-sentiment', threadSentimentSpec(threads.rows, threads.minComments), threads.rows, [
      { key: 'title', label: 'Post', html: (r) => linkHtml(postUrl(ctx, r.post_id), r.title) },
      { key: 'end', label: 'End' }, { key: 'comments', label: 'Comments' }, { key: 'mean_sentiment', label: 'Mean sentiment' },
    ]),
  ];
  return { section: { id: 'sentiment', title: 'Sentiment', body: charts.map(figureHtml).join('\n') }, charts };
}

/** Returns the links section: top domains, link classes per year, and the most-shared URLs (only http(s) clickable). */
export function linksSection(ctx: ReportContext): { section: Section; charts: ChartEntry[] } {
  const domains = topDomains(ctx);
  const years = linkClassesByYear(ctx);
  const urls = sharedUrls(ctx);
  const charts = [
    chartEntry('top-domains', topDomainsSpec(domains), domains, [
      { key: 'domain', label: 'Domain' }, { key: 'link_class', label: 'Kind' }, { key: 'links', label: 'Links' }, { key: 'posts', label: 'Posts' },
    ]),
    chartEntry('link-classes-by-year', linkClassesByYearSpec(years), years, [{ key: 'year', label: 'Year' }, { key: 'link_class', label: 'Kind' }, { key: 'links', label: 'Links' }]),
  ];
  const urlTable = urls.length
    ? tableHtml(
        [
          { key: 'normalized_url', label: 'URL', html: (u) => (u.link_class === 'unsafe' ? escapeHtml(u.url) : linkHtml(u.url, u.normalized_url)) },
          { key: 'link_class', label: 'Kind' }, { key: 'links', label: 'Links' }, { key: 'posts', label: 'Posts' }, { key: 'people', label: 'People' },
        ],
        urls,
      )
    : '<p class="empty">No links in this input.</p>';
  const body = `${charts.map(figureHtml).join('\n')}
<div class="figure" id="shared-urls"><h3>Most-shared URLs</h3><p class="desc">The URLs linked most often; only http(s) links are clickable.</p>${urlTable}</div>`;
  return { section: { id: 'links', title: 'Links', body }, charts };
}

/** Returns the problems section: diagnostics per rule (chart) and every diagnostic grouped by rule, up to `perRule` each. */
export function problemsSection(diagnostics: readonly ProblemRow[], perRule = 100): { section: Section; charts: ChartEntry[] } {
  const counts = ruleCounts(diagnostics);
  const charts = [
    chartEntry('problems-by-rule', problemsByRuleSpec(counts), counts, [
      { key: 'rule_id', label: 'Rule' }, { key: 'severity', label: 'Severity' }, { key: 'diagnostics', label: 'Diagnostics' }, { key: 'files', label: 'Files' },
    ]),
  ];
  const rules = [...new Set(counts.map((c) => c.rule_id))];
  const groups = rules.map((rule) => {
    const rows = diagnostics.filter((d) => d.rule_id === rule);
    const shown = rows.slice(0, perRule);
    const more = rows.length > shown.length ? `<p class="more">… and ${formatInt(rows.length - shown.length)} more in <code>diagnostics.csv</code>.</p>` : '';
    const table = tableHtml(
      [
        { key: 'file', label: 'Where', html: (d) => `<code>${escapeHtml(`${d.file}:${d.line}:${d.column}`)}</code>` },
        { key: 'severity', label: 'Severity' },
        { key: 'message', label: 'Message' },
      ],
      shown,
    );
    return `<details class="rule"><summary><code>${escapeHtml(rule)}</code>: ${formatInt(rows.length)}</summary>${table}${more}</details>`;
  });
  const body = diagnostics.length
    ? `${charts.map(figureHtml).join('\n')}\n<div class="rules">${groups.join('\n')}</div>`
    : '<p class="empty">No problems: every post and comment was read cleanly.</p>';
  return { section: { id: 'problems', title: 'Problems', body }, charts };
}
