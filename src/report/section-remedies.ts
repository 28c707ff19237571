import { remedyCandidatesSpec } from '../charts/remedy-candidates.ts';
import { remedyCategoriesByYearSpec } from '../charts/remedy-categories-by-year.ts';
import { remedyMentionsSpec } from '../charts/remedy-mentions.ts';
import { remedyOutcomesSpec } from '../charts/remedy-outcomes.ts';
import { remedySentimentSpec } from '../charts/remedy-sentiment.ts';
import { type ReportContext, postTitle, postUrl } from './context.ts';
import { escapeHtml, linkHtml } from './escape.ts';
import { type ChartEntry, chartEntry, figureHtml, type Section, tableHtml } from './html-parts.ts';
import { candidates, categoriesByYear, remedyCounts, remedyOutcomes, remedySentiment } from './prepare-remedies.ts';
import { remedyQuotes } from './quotes.ts';

/** Returns the remedies section: mentions, categories by year, outcomes, sentiment, candidates and example quotes. */
export function remedySection(ctx: ReportContext): { section: Section; charts: ChartEntry[] } {
  const counts = remedyCounts(ctx);
  const top = counts.slice(0, 30);
  const years = categoriesByYear(ctx);
  const outcomes = remedyOutcomes(ctx, top);
  const sentiment = remedySentiment(ctx, top);
  const found = candidates(ctx);
  const charts = [
    chartEntry('remedy-mentions', remedyMentionsSpec(top), top, [
      { key: 'label', label: 'Remedy' }, { key: 'category', label: 'Category' }, { key: 'mentions', label: 'Mentions' }, { key: 'commenters', label: 'Commenters' },
    ]),
    chartEntry('remedy-categories-by-year', remedyCategoriesByYearSpec(years), years, [
      { key: 'year', label: 'Year' }, { key: 'category', label: 'Category' }, { key: 'mentions', label: 'Mentions' },
    ]),
    chartEntry('remedy-outcomes', remedyOutcomesSpec(outcomes), outcomes, [
      { key: 'label', label: 'Remedy' }, { key: 'outcome', label: 'Outcome' }, { key: 'mentions', label: 'Mentions' },
    ]),
    chartEntry('remedy-sentiment', remedySentimentSpec(sentiment), sentiment, [
      { key: 'label', label: 'Remedy' }, { key: 'mentions', label: 'Mentions' }, { key: 'mean', label: 'Mean' }, { key: 'low', label: '5th pct' },
      { key: 'q1', label: '25th pct' }, { key: 'q3', label: '75th pct' }, { key: 'high', label: '95th pct' },
    ]),
    chartEntry('remedy-candidates', remedyCandidatesSpec(found), found, [
      { key: 'term', label: 'Term' }, { key: 'mentions', label: 'Mentions' }, { key: 'commenters', label: 'Commenters' }, { key: 'example', label: 'Example' },
    ]),
  ];
  const quotes = remedyQuotes(ctx, counts.slice(0, 15));
  const quoteTable = quotes.length
    ? tableHtml(
        [
          { key: 'remedy', label: 'Remedy' },
          { key: 'outcome', label: 'Outcome' },
          { key: 'quote', label: 'Quote', html: (q) => `<q>${escapeHtml(q.quote)}</q>` },
          { key: 'author', label: 'Author' },
          { key: 'post_id', label: 'Post', html: (q) => linkHtml(postUrl(ctx, q.post_id), postTitle(ctx, q.post_id)) },
          { key: 'date', label: 'Date' },
        ],
        quotes,
      )
    : '<p class="empty">No quotes: no remedy mentions in comments.</p>';
  const body = `${charts.map(figureHtml).join('\n')}
<div class="figure" id="remedy-quotes"><h3>What people said</h3><p class="desc">Short quotes about the most-mentioned remedies, telling outcomes first, one per person.</p>${quoteTable}</div>`;
  return { section: { id: 'remedies', title: 'Remedies', body }, charts };
}
