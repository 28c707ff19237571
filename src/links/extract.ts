/**
 * The links of one comment or post body as `links.csv` rows:
 * find (scan.ts) -> decode entities and Markdown escapes -> normalize (normalize.ts) -> classify (classify.ts).
 * Links with a non-web scheme are kept as `unsafe` and reported; malformed web addresses are kept and reported.
 */
import { decodeHTMLAttribute } from 'entities';
import { z } from 'zod';
import type { Diagnostics } from '../diagnostics.ts';
import { linksMalformedUrl, linksNonWebScheme, linksUnsafeScheme } from '../messages/links.ts';
import { lineAt } from '../nlp/prepare.ts';
import type { Link } from '../schema/link.ts';
import { classifyLink } from './classify.ts';
import { normalizeUrl } from './normalize.ts';
import type { LinkRules } from './rules.ts';
import { findLinkSpans, type LinkSpan } from './scan.ts';
import type { SiteInfo } from './site.ts';

/**
 * Where a text comes from: its post, its comment (empty for the post body), its first line, its file (for
 * diagnostics) and the page's path on the site (`/2011/02/slug/`, to resolve `./img/a.jpg`; else the site root).
 */
export const LinkContext = z.object({
  post_id: z.string(),
  comment_id: z.string(),
  body_line: z.number().int().min(1),
  source_file: z.string().optional(),
  page_path: z.string().startsWith('/').optional(),
});
export type LinkContext = z.infer<typeof LinkContext>;

/** What every extraction needs: the blog's site, the link rules, and optionally where to report. */
export type LinkEnv = { site: SiteInfo; rules: LinkRules; diag?: Diagnostics };

// schemes that can run code or read the reader's files; other non-web schemes (mailto:, tel:, ftp:) are merely not followed
const DANGEROUS = new Set(['javascript', 'vbscript', 'data', 'file', 'blob', 'filesystem']);

/** Returns the links written in `text` (a post or comment body), in text order; pure-fragment links (`#top`) are skipped. */
export function extractLinks(text: string, ctx: LinkContext, env: LinkEnv): Link[] {
  const links: Link[] = [];
  for (const span of findLinkSpans(text)) {
    const url = decodeTarget(span);
    if (!url || url.startsWith('#')) continue;
    const n = normalizeUrl(url, env.site, env.rules, ctx.page_path);
    const { is_internal, link_class } = classifyLink(n, env.site, env.rules);
    const source_line = lineAt(text, span.start, ctx.body_line);
    links.push({ post_id: ctx.post_id, comment_id: ctx.comment_id, url, normalized_url: n.normalized_url, domain: n.domain, is_internal, link_class, source_line });
    if (env.diag && (n.kind === 'non-web' || n.kind === 'malformed')) {
      const column = span.start - text.lastIndexOf('\n', span.start - 1);
      const message =
        n.kind === 'malformed' ? linksMalformedUrl(url) : DANGEROUS.has(n.scheme) ? linksUnsafeScheme(url, n.scheme) : linksNonWebScheme(url, n.scheme);
      env.diag.report(ctx.source_file ?? ctx.post_id, source_line, column, message);
    }
  }
  return links;
}

/** Returns the target of `span` as the author meant it: HTML entities decoded, Markdown backslash escapes removed. */
export function decodeTarget(span: LinkSpan): string {
  const raw = span.kind === 'markdown' || span.kind === 'image' ? span.raw.replace(/\\([!-/:-@[-`{-~])/g, '$1') : span.raw;
  return decodeHTMLAttribute(raw).trim();
}
