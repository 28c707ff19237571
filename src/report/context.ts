import type { ColumnTable } from 'arquero';
import { type Row, rowsOf, str } from './cells.ts';

/** The tables as row arrays (missing ones empty) plus the lookups several sections share. */
export type ReportContext = {
  rows: (name: string) => Row[];
  postById: Map<string, Row>;
  commentById: Map<string, Row>;
  site: string | null;
};

/** Returns the report context of `tables`: rows by table name, and posts and comments by id. */
export function buildContext(tables: Readonly<Record<string, ColumnTable | undefined>>, site: string | null): ReportContext {
  const cache = new Map<string, Row[]>();
  const rows = (name: string): Row[] => {
    let r = cache.get(name);
    if (!r) {
      r = rowsOf(tables[name]);
      cache.set(name, r);
    }
    return r;
  };
  const postById = new Map(rows('posts').map((p) => [str(p.post_id), p] as const));
  const commentById = new Map(rows('comments').map((c) => [str(c.comment_id), c] as const));
  return { rows, postById, commentById, site };
}

/** Returns the UTC timestamp of where a row (mention, link) was written: its comment's time, else its post's. */
export function whenWritten(ctx: ReportContext, postId: unknown, commentId: unknown): string {
  const cid = str(commentId);
  if (cid) {
    const c = ctx.commentById.get(cid);
    if (c) return str(c.utc_time);
  }
  return str(ctx.postById.get(str(postId))?.published_utc);
}

/** Returns who wrote a row (mention, link): its comment's author, else its post's author. */
export function whoWrote(ctx: ReportContext, postId: unknown, commentId: unknown): string {
  const cid = str(commentId);
  if (cid) return str(ctx.commentById.get(cid)?.author);
  return str(ctx.postById.get(str(postId))?.author);
}

/** Returns the title of a post, or its id when the posts table lacks it. */
export function postTitle(ctx: ReportContext, postId: unknown): string {
  const id = str(postId);
  return str(ctx.postById.get(id)?.title) || id;
}

/** Returns the URL of a post on the site (`${site}/${post_id}/`), or null without `--site`. */
export function postUrl(ctx: ReportContext, postId: unknown): string | null {
  if (!ctx.site) return null;
  return `${ctx.site.replace(/\/+$/, '')}/${str(postId).replace(/^\/+|\/+$/g, '')}/`;
}

/** Returns labels shortened to `max` characters and made unique (axis labels must not collide). */
export function uniqueLabels(texts: readonly string[], max = 48): string[] {
  const seen = new Map<string, number>();
  return texts.map((t) => {
    const base = t.length > max ? t.slice(0, max - 1) + '…' : t || '(untitled)';
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}
