/** The report's CSS: readable on a laptop, printable, system fonts only (no web fonts). */
export const REPORT_CSS = `
:root { --ink: #222; --muted: #666; --line: #ddd; --accent: #4e79a7; --bg: #fff; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
header, main { max-width: 1100px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 21px; border-bottom: 2px solid var(--accent); padding-bottom: 4px; margin-top: 40px; }
h3 { font-size: 16px; margin: 0 0 2px; }
.subtitle { color: var(--muted); margin: 0 0 12px; }
nav.toc ol { display: flex; flex-wrap: wrap; gap: 4px 18px; padding: 0; margin: 8px 0 0; list-style: none; counter-reset: toc; }
nav.toc a { color: var(--accent); text-decoration: none; }
nav.toc a:hover { text-decoration: underline; }
.stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap: 12px; margin: 12px 0; align-items: start; }
.stat { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; }
.stat dt { color: var(--muted); font-size: 13px; }
.stat dd { margin: 0; font-size: 18px; font-weight: 600; }
.meta { margin: 4px 0; }
.evidence { color: var(--muted); }
.figure { margin: 28px 0; break-inside: avoid; }
.desc { color: var(--muted); margin: 0 0 8px; font-size: 14px; }
.chart { overflow-x: auto; min-height: 40px; }
.empty { color: var(--muted); font-style: italic; }
details.data, details.rule { margin-top: 6px; }
details summary { cursor: pointer; color: var(--accent); }
table { border-collapse: collapse; font-size: 13px; margin: 6px 0; max-width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: 3px 8px; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td { overflow-wrap: anywhere; }
q { font-style: italic; }
.changes { border: 1px solid #f28e2b; border-radius: 6px; padding: 4px 16px 12px; margin-top: 20px; }
.changes.quiet { border-color: var(--line); padding: 8px 16px; }
.changes h2 { border: 0; margin-top: 8px; }
.vg-tooltip { max-width: 420px; }
@media print {
  body { font-size: 11pt; }
  nav.toc { display: none; }
  header, main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  .figure, table, tr { break-inside: avoid; }
  .chart { overflow: visible; }
  details summary { color: var(--ink); }
  a { color: var(--ink); }
}
`;
