import type { DomainRow } from '../charts/top-domains.ts';
import type { LinkYearRow } from '../charts/link-classes-by-year.ts';
import { compareText, countBy, str, yearOf } from './cells.ts';
import { type ReportContext, whenWritten, whoWrote } from './context.ts';

/** One of the most-shared URLs: how often, in how many posts, by how many people. */
export type SharedUrlRow = { normalized_url: string; url: string; domain: string; link_class: string; links: number; posts: number; people: number };

/** Returns the `limit` most-linked domains with their dominant link class. */
export function topDomains(ctx: ReportContext, limit = 20): DomainRow[] {
  const by = new Map<string, { links: number; posts: Set<string>; classes: string[] }>();
  for (const l of ctx.rows('links')) {
    const d = str(l.domain);
    if (!d) continue;
    const e = by.get(d) ?? { links: 0, posts: new Set<string>(), classes: [] };
    e.links += 1;
    e.posts.add(str(l.post_id));
    e.classes.push(str(l.link_class) || 'blog-or-other');
    by.set(d, e);
  }
  return [...by]
    .map(([domain, e]) => ({ domain, link_class: countBy(e.classes, (c) => c)[0]?.[0] ?? 'blog-or-other', links: e.links, posts: e.posts.size }))
    .sort((a, b) => b.links - a.links || compareText(a.domain, b.domain))
    .slice(0, limit);
}

/** Returns links per year and link class. */
export function linkClassesByYear(ctx: ReportContext): LinkYearRow[] {
  return countBy(ctx.rows('links'), (l) => JSON.stringify([yearOf(whenWritten(ctx, l.post_id, l.comment_id)), str(l.link_class) || 'blog-or-other']))
    .map(([key, links]) => {
      const [year, link_class] = JSON.parse(key) as [string, string];
      return { year, link_class, links };
    })
    .filter((r) => r.year !== '')
    .sort((a, b) => compareText(a.year, b.year) || compareText(a.link_class, b.link_class));
}

/** Returns the `limit` URLs linked most often (by normalized URL). */
export function sharedUrls(ctx: ReportContext, limit = 25): SharedUrlRow[] {
  const by = new Map<string, { url: string; domain: string; link_class: string; links: number; posts: Set<string>; people: Set<string> }>();
  for (const l of ctx.rows('links')) {
    const key = str(l.normalized_url) || str(l.url);
    if (!key) continue;
    const e = by.get(key) ?? { url: str(l.url), domain: str(l.domain), link_class: str(l.link_class), links: 0, posts: new Set<string>(), people: new Set<string>() };
    e.links += 1;
    e.posts.add(str(l.post_id));
    e.people.add(whoWrote(ctx, l.post_id, l.comment_id));
    by.set(key, e);
  }
  return [...by]
    .map(([normalized_url, e]) => ({ normalized_url, url: e.url, domain: e.domain, link_class: e.link_class, links: e.links, posts: e.posts.size, people: e.people.size }))
    .sort((a, b) => b.links - a.links || b.people - a.people || compareText(a.normalized_url, b.normalized_url))
    .slice(0, limit);
}
