/**
 * Normalizes a link target (already entity-decoded) so that the same page written differently counts once:
 * lower-case scheme and host, no default port, no fragment, no tracking parameters, `www.` hosts get `http://`,
 * relative links resolve against the site origin when it is known. Non-http schemes are not normalized further.
 */
import { getDomain } from 'tldts';
import { z } from 'zod';
import { platformSiteOf } from './host-patterns.ts';
import type { LinkRules } from './rules.ts';
import type { SiteInfo } from './site.ts';

/** A normalized link target: `kind` says whether it is a web address, a relative path, a non-web scheme or malformed. */
export const NormalizedUrl = z.object({
  normalized_url: z.string(),
  scheme: z.string(),
  host: z.string(),
  domain: z.string(),
  kind: z.enum(['absolute', 'relative', 'non-web', 'malformed']),
});
export type NormalizedUrl = z.infer<typeof NormalizedUrl>;

/** Query parameters that only track the click (matched lower-case; any `utm_*` too). */
export const TRACKING_PARAMETERS: ReadonlySet<string> = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'mc_cid', 'mc_eid', 'ref_src', 'ref_url', 'igshid', 'igsh', '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok',
  'vero_id', 'vero_conv', 'oly_anon_id', 'oly_enc_id', 'rb_clickid', 's_cid', 'wickedid', 'srsltid', 'epik', '__s',
]);

/**
 * Returns `url` normalized against `site`, with its scheme, host and registrable domain (empty when there is none).
 * Relative links resolve against `pagePath` (the page's own path, `/2011/02/slug/`) when given, else the site root.
 */
export function normalizeUrl(url: string, site: SiteInfo, rules: LinkRules, pagePath?: string): NormalizedUrl {
  // browsers drop tabs and newlines anywhere in a URL, so `java\nscript:` is still `javascript:`
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '');
  let absolute: string;
  let kind: NormalizedUrl['kind'] = 'absolute';
  if (cleaned.startsWith('//')) {
    absolute = (site.origin ? new URL(site.origin).protocol : 'http:') + cleaned;
  } else if (/^www\./i.test(cleaned)) {
    absolute = 'http://' + cleaned;
  } else if (/^[a-z][a-z0-9+.-]*:/i.test(cleaned)) {
    const colon = cleaned.indexOf(':');
    const scheme = cleaned.slice(0, colon).toLowerCase();
    if (scheme !== 'http' && scheme !== 'https') {
      return { normalized_url: scheme + cleaned.slice(colon), scheme, host: '', domain: '', kind: 'non-web' };
    }
    absolute = cleaned;
  } else if (site.origin) {
    absolute = new URL(cleaned, site.origin + (pagePath ?? '/')).href;
    kind = 'relative';
  } else if (pagePath) {
    const resolved = new URL(cleaned, 'http://host.invalid' + pagePath);
    return { normalized_url: resolved.pathname + withoutTracking(resolved.search), scheme: '', host: '', domain: '', kind: 'relative' };
  } else {
    return { normalized_url: stripQueryAndFragment(cleaned), scheme: '', host: '', domain: '', kind: 'relative' };
  }
  let parsed: URL;
  try {
    parsed = new URL(absolute);
  } catch {
    return malformed(absolute);
  }
  if (!parsed.hostname || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return malformed(absolute);
  parsed.hash = '';
  parsed.search = withoutTracking(parsed.search);
  const host = parsed.hostname;
  return {
    normalized_url: parsed.href,
    scheme: parsed.protocol.slice(0, -1),
    host,
    domain: registrableDomain(host, rules),
    kind,
  };
}

/** Returns the registrable domain of `host` (`bettermovement.org`), keeping platform sites whole (`x.blogspot.jp`). */
export function registrableDomain(host: string, rules: LinkRules): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  return platformSiteOf(h, rules) ?? getDomain(h, { allowPrivateDomains: true }) ?? h;
}

function withoutTracking(search: string): string {
  if (!search || search === '?') return '';
  const kept = search
    .slice(1)
    .split('&')
    .filter((pair) => {
      const key = decodeKey(pair.split('=')[0] ?? '').toLowerCase();
      return key !== '' && !key.startsWith('utm_') && !TRACKING_PARAMETERS.has(key);
    });
  return kept.length ? '?' + kept.join('&') : '';
}

function stripQueryAndFragment(path: string): string {
  const noFragment = path.replace(/#.*$/s, '');
  const q = noFragment.indexOf('?');
  return q < 0 ? noFragment : noFragment.slice(0, q) + withoutTracking(noFragment.slice(q));
}

function decodeKey(key: string): string {
  try {
    return decodeURIComponent(key.replace(/\+/g, ' '));
  } catch {
    return key;
  }
}

function malformed(url: string): NormalizedUrl {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase() ?? '';
  return { normalized_url: url.replace(/#.*$/s, ''), scheme, host: '', domain: '', kind: 'malformed' };
}
