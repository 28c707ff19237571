import type { TopLevelSpec } from 'vega-lite';
import { escapeHtml } from './escape.ts';
import { formatInt } from './cells.ts';

/** A column of an HTML data table: the row key, its header and how to show a cell (escaped text by default). */
export type Column<R> = { key: keyof R & string; label: string; html?: (row: R) => string; numeric?: boolean };

/** A chart in the page: its id, title, one-line description, spec, and the numbers behind it as a table. */
export type ChartEntry = {
  id: string;
  title: string;
  description: string;
  spec: TopLevelSpec;
  table: string;
  empty: boolean;
};

/** Returns a cell value as escaped HTML: integers with thousands separators, decimals as given. */
export function cellHtml(value: unknown): string {
  if (typeof value === 'number') return Number.isInteger(value) ? formatInt(value) : escapeHtml(String(value));
  return escapeHtml(value ?? '');
}

/** Returns an HTML table of `rows` with the given columns; every text cell escaped. */
export function tableHtml<R extends object>(columns: readonly Column<R>[], rows: readonly R[], caption?: string): string {
  const head = columns.map((c) => `<th scope="col"${c.numeric ? ' class="num"' : ''}>${escapeHtml(c.label)}</th>`).join('');
  const body = rows
    .map((row) => {
      const cells = columns.map((c) => {
        const v = (row as Record<string, unknown>)[c.key];
        const numeric = c.numeric ?? typeof v === 'number';
        return `<td${numeric ? ' class="num"' : ''}>${c.html ? c.html(row) : cellHtml(v)}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<table>${caption ? `<caption>${escapeHtml(caption)}</caption>` : ''}<thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** Returns a chart entry whose data table shows `rows` in the given columns. */
export function chartEntry<R extends object>(id: string, spec: TopLevelSpec, rows: readonly R[], columns: readonly Column<R>[]): ChartEntry {
  const title = typeof spec.title === 'object' && spec.title && 'text' in spec.title ? String(spec.title.text) : id;
  return { id, title, description: spec.description ?? '', spec, table: tableHtml(columns, rows), empty: rows.length === 0 };
}

/** Returns the HTML figure of a chart: title, description, the chart's mount point and its data disclosure. */
export function figureHtml(entry: ChartEntry): string {
  const chart = entry.empty
    ? '<p class="empty">No data for this chart in this input.</p>'
    : `<div class="chart" id="chart-${escapeHtml(entry.id)}" data-chart="${escapeHtml(entry.id)}" role="img" aria-label="${escapeHtml(entry.title + ': ' + entry.description)}"></div>`;
  return `<figure class="figure" id="fig-${escapeHtml(entry.id)}">
<h3>${escapeHtml(entry.title)}</h3>
<p class="desc">${escapeHtml(entry.description)}</p>
${chart}
<details class="data"><summary>Data</summary>${entry.table}</details>
</figure>`;
}

/** A section of the page: anchor id, heading, and its body HTML. */
export type Section = { id: string; title: string; body: string };

/** Returns a section element with its heading. */
export function sectionHtml(section: Section): string {
  return `<section id="${escapeHtml(section.id)}">\n<h2>${escapeHtml(section.title)}</h2>\n${section.body}\n</section>`;
}
