/**
 * The report stage: tables -> context (rows and lookups) -> one prepare step per chart (aggregated rows)
 * -> one Vega-Lite builder per chart (`src/charts/`) -> sections of escaped HTML -> one self-contained page
 * with vega, vega-lite and vega-embed inlined. Pure and deterministic: no fs, no clock.
 */
import type { TopLevelSpec } from 'vega-lite';
import { renderChangesSection } from './changes.ts';
import { CLIENT_SCRIPT } from './client.ts';
import { buildContext } from './context.ts';
import { escapeHtml, jsonForScript, scriptForInline } from './escape.ts';
import { type ChartEntry, type Section, sectionHtml } from './html-parts.ts';
import { ReportMeta, type ReportInput, type ReportOutput } from './input.ts';
import { problems } from './prepare-problems.ts';
import { activitySection, peopleSection } from './section-activity.ts';
import { overviewSection } from './section-overview.ts';
import { remedySection } from './section-remedies.ts';
import { linksSection, problemsSection, sentimentSection } from './section-rest.ts';
import { REPORT_CSS } from './style.ts';

export { renderChangesSection, spliceChangesSection } from './changes.ts';

// No network: scripts and styles inline only, images only as data URIs, nothing else may load.
const CSP = "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data:";

/** Returns the report page and every chart's Vega-Lite spec (by chart id) for the given tables. */
export function buildReport(input: ReportInput): ReportOutput {
  const meta = ReportMeta.parse(input.meta);
  const ctx = buildContext(input.tables, meta.site);
  const diagnostics = problems(ctx);
  const parts = [
    activitySection(ctx, meta.zone),
    peopleSection(ctx),
    remedySection(ctx),
    sentimentSection(ctx),
    linksSection(ctx),
    problemsSection(diagnostics),
  ];
  const charts: ChartEntry[] = parts.flatMap((p) => p.charts);
  const sections: Section[] = [overviewSection(ctx, meta, diagnostics), ...parts.map((p) => p.section)];
  const specs: Record<string, TopLevelSpec> = {};
  for (const c of charts) specs[c.id] = c.spec;
  const embedded: Record<string, TopLevelSpec> = {};
  for (const c of charts) if (!c.empty) embedded[c.id] = c.spec;
  const html = pageHtml(meta, sections, renderChangesSection(input.tables.changes, meta.changes_summary), embedded, input.assets);
  return { html, specs };
}

function pageHtml(meta: ReportMeta, sections: Section[], changes: string, specs: Record<string, TopLevelSpec>, assets: ReportInput['assets']): string {
  const toc = sections.map((s) => `<li><a href="#${escapeHtml(s.id)}">${escapeHtml(s.title)}</a></li>`).join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>threadlens report: ${escapeHtml(meta.input_label)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>Comment threads report</h1>
<p class="subtitle">Input <code>${escapeHtml(meta.input_label)}</code> · made by threadlens</p>
<nav class="toc" aria-label="Contents"><ol>${toc}</ol></nav>
</header>
<main>
${changes}
${sections.map(sectionHtml).join('\n')}
</main>
<script type="application/json" id="threadlens-specs">${jsonForScript(specs)}</script>
<script>${scriptForInline(assets.vega)}</script>
<script>${scriptForInline(assets.vegaLite)}</script>
<script>${scriptForInline(assets.vegaEmbed)}</script>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}
