/**
 * Classifies a normalized link: `unsafe` for non-web schemes (including `mailto:`: the report must never turn
 * them into clickable links), `own-blog` for relative links and links to the blog's own domain, else the class
 * the rules in `link-classes.yaml` give the host, `blog-or-other` when none does.
 */
import type { LinkClass } from '../schema/link.ts';
import { tableClassOf } from './host-patterns.ts';
import { registrableDomain, type NormalizedUrl } from './normalize.ts';
import type { LinkRules } from './rules.ts';
import type { SiteInfo } from './site.ts';

/** Returns whether the link stays on the blog and its class. */
export function classifyLink(link: NormalizedUrl, site: SiteInfo, rules: LinkRules): { is_internal: boolean; link_class: LinkClass } {
  if (link.kind === 'non-web') return { is_internal: false, link_class: 'unsafe' };
  if (link.kind === 'relative' || isOwnHost(link.host, site, rules)) return { is_internal: true, link_class: 'own-blog' };
  if (!link.host) return { is_internal: false, link_class: 'blog-or-other' };
  return { is_internal: false, link_class: tableClassOf(link.host, rules) ?? 'blog-or-other' };
}

/** Whether `host` is the blog's own: the same registrable domain as the site host (`www.` or not). */
export function isOwnHost(host: string, site: SiteInfo, rules: LinkRules): boolean {
  if (!host || !site.host) return false;
  return registrableDomain(host, rules) === registrableDomain(site.host, rules);
}
