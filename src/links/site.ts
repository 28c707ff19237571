/**
 * The blog's own site: from `--site` when given, else inferred from the post bodies, where the blog links to its
 * own posts both relatively (`/2011/01/slug/`) and absolutely (`https://blog.example/2011/01/slug/`).
 */
import { z } from 'zod';
import { findLinkSpans } from './scan.ts';

/** The blog's own host and origin (`https://criticalmas.org`), both null when unknown. */
export const SiteInfo = z.object({ host: z.string().nullable(), origin: z.string().nullable() });
export type SiteInfo = z.infer<typeof SiteInfo>;

/** A site that is not known: relative links then stay paths and no absolute link is internal. */
export const unknownSite: SiteInfo = { host: null, origin: null };

/** Returns the site of a `--site` value (`https://example.com`, `example.com`, `example.com/blog`); a bare host is taken as https. */
export function siteFromOption(value: string | null | undefined): SiteInfo {
  const trimmed = value?.trim();
  if (!trimmed) return unknownSite;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : 'https://' + trimmed;
  try {
    const url = new URL(withScheme);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return unknownSite;
    return { host: url.hostname, origin: url.origin };
  } catch {
    return unknownSite;
  }
}

// a post permalink: /yyyy/mm/slug or /yyyy/mm/dd/slug, optionally ending in a slash or .html
const PERMALINK = /^\/(?:19|20)\d\d\/[01]\d\/(?:[0-3]\d\/)?[^/?#]+(?:\/|\.html?)?$/i;

/** What one post body says about the blog's own site: its deep relative link paths and its absolute http(s) links. */
export const SiteEvidence = z.object({
  relative: z.array(z.string()),
  absolute: z.array(z.object({ origin: z.string(), host: z.string(), path: z.string() })),
});
export type SiteEvidence = z.infer<typeof SiteEvidence>;

/** Returns the site evidence of one post body (see `inferSite`). */
export function siteEvidence(body: string): SiteEvidence {
  const relative: string[] = [];
  const absolute: SiteEvidence['absolute'] = [];
  for (const span of findLinkSpans(body)) {
    const raw = span.raw.replace(/&amp;/gi, '&');
    if (raw.startsWith('/') && !raw.startsWith('//')) {
      // `/` or `/about/` would match any site's home or about page, so only deeper paths count
      if (pathOf(raw).split('/').filter(Boolean).length >= 2) relative.push(pathOf(raw));
      continue;
    }
    if (!/^https?:\/\//i.test(raw)) continue;
    try {
      const url = new URL(raw);
      absolute.push({ origin: url.origin, host: url.hostname, path: url.pathname });
    } catch {
      // a malformed URL tells nothing about the site
    }
  }
  return { relative, absolute };
}

/**
 * Returns the site inferred from all post bodies: the absolute host whose links most often have the path of a
 * relative link seen in the bodies (or, failing that, of a permalink `/yyyy/mm/slug/`); null when no host has at
 * least two such links or two hosts tie.
 */
export function inferSite(bodies: readonly string[]): SiteInfo {
  return siteFromEvidence(bodies.map(siteEvidence));
}

/** `inferSite` from each body's `siteEvidence` (kept per post, so a rerun need not scan every body again). */
export function siteFromEvidence(evidence: readonly SiteEvidence[]): SiteInfo {
  const relativePaths = new Set(evidence.flatMap((e) => e.relative));
  const absolute = evidence.flatMap((e) => e.absolute);
  const scores = new Map<string, { exact: number; shape: number; origins: Map<string, number> }>();
  for (const link of absolute) {
    const exact = relativePaths.has(link.path) ? 1 : 0;
    const shape = PERMALINK.test(link.path) ? 1 : 0;
    if (exact + shape === 0) continue;
    const key = link.host.replace(/^www\./, '');
    const s = scores.get(key) ?? { exact: 0, shape: 0, origins: new Map<string, number>() };
    s.exact += exact;
    s.shape += shape;
    s.origins.set(link.origin, (s.origins.get(link.origin) ?? 0) + 1);
    scores.set(key, s);
  }
  const ranked = [...scores.values()]
    .map((s) => ({ ...s, score: s.exact * 1000 + s.shape }))
    .sort((a, b) => b.score - a.score);
  const [top, second] = ranked;
  if (!top || top.exact + top.shape < 2 || (second && second.score === top.score)) return unknownSite;
  const origin = [...top.origins.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  return { host: new URL(origin).hostname, origin };
}

/** Returns the blog's own host inferred from the post bodies (see `inferSite`), or null. */
export function inferSiteHost(bodies: readonly string[]): string | null {
  return inferSite(bodies).host;
}

function pathOf(relative: string): string {
  return relative.replace(/[?#].*$/, '');
}
