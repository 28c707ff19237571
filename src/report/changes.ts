import type { ColumnTable } from 'arquero';
import { countBy, rowsOf, str } from './cells.ts';
import { escapeHtml } from './escape.ts';
import { tableHtml } from './html-parts.ts';

/** Marks the start of the "Since the last run" part, so a rerun with no changes can replace only it. */
export const CHANGES_START = '<!-- threadlens:changes:start -->';
/** Marks the end of the "Since the last run" part. */
export const CHANGES_END = '<!-- threadlens:changes:end -->';

/** Returns the "Since the last run" part between its markers: counts by kind and the first `limit` rows, or just the summary line. */
export function renderChangesSection(changes: ColumnTable | undefined, summary: string | null, limit = 20): string {
  const rows = rowsOf(changes).map((c) => ({ kind: str(c.kind), post_id: str(c.post_id), comment_id: str(c.comment_id), author: str(c.author), detail: str(c.detail) }));
  let inner = '';
  if (rows.length > 0) {
    const counts = countBy(rows, (r) => r.kind).map(([kind, n]) => `<li><code>${escapeHtml(kind)}</code>: ${n}</li>`).join('');
    const more = rows.length > limit ? `<p class="more">… and ${rows.length - limit} more in <code>changes.csv</code>.</p>` : '';
    const table = tableHtml(
      [{ key: 'kind', label: 'Kind' }, { key: 'post_id', label: 'Post' }, { key: 'comment_id', label: 'Comment' }, { key: 'author', label: 'Author' }, { key: 'detail', label: 'Detail' }],
      rows.slice(0, limit),
    );
    inner = `<section id="changes" class="changes">\n<h2>Since the last run</h2>\n${summary ? `<p>${escapeHtml(summary)}</p>` : ''}<ul class="kinds">${counts}</ul>${table}${more}\n</section>`;
  } else if (summary) {
    inner = `<section id="changes" class="changes quiet"><p><strong>Since the last run:</strong> ${escapeHtml(summary)}</p></section>`;
  }
  return `${CHANGES_START}\n${inner}\n${CHANGES_END}`;
}

/** Returns `html` with its "Since the last run" part replaced by `section` (unchanged when the markers are missing). */
export function spliceChangesSection(html: string, section: string): string {
  const start = html.indexOf(CHANGES_START);
  const end = html.indexOf(CHANGES_END, start);
  if (start < 0 || end < 0) return html;
  return html.slice(0, start) + section + html.slice(end + CHANGES_END.length);
}
