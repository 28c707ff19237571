/** Returns `value` with & < > " ' replaced by entities, safe in HTML text and quoted attributes. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Returns JSON for `value` that is safe inside a `<script>` element: `<`, `>`, `&`, U+2028 and U+2029 are escaped. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** Returns JavaScript source safe to inline in a `<script>` element: any `</script` is broken up. */
export function scriptForInline(source: string): string {
  return source.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** Returns `url` when it is an absolute http(s) URL, else null (other schemes must render as text). */
export function safeHttpUrl(url: unknown): string | null {
  const s = String(url ?? '').trim();
  if (!/^https?:\/\/[^\s]+$/i.test(s)) return null;
  try {
    const parsed = new URL(s);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? s : null;
  } catch {
    return null;
  }
}

/** Returns an escaped link to `url` opening in a new tab when it is http(s), else the escaped `text` alone. */
export function linkHtml(url: unknown, text: unknown): string {
  const href = safeHttpUrl(url);
  if (href === null) return escapeHtml(text);
  return `<a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer">${escapeHtml(text)}</a>`;
}
