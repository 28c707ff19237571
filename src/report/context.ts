import { tzOffset } from '@date-fns/tz';
import type { ColumnTable } from 'arquero';
import { formatWall } from '../time/zone-offsets.ts';
import { type Row, rowsOf, str } from './cells.ts';

/** The tables as row arrays (missing ones empty) plus the lookups several sections share. */
export type ReportContext = {
  rows: (name: string) => Row[];
  /** One column of a table as an array of its cells (empty for a missing table, all undefined for a missing column). */
  column: (name: string, column: string) => ArrayLike<unknown>;
  postById: Map<string, Row>;
  commentById: Map<string, Row>;
  /** A post's publication time on its zone's wall clock (`YYYY-MM-DDTHH:mm:ss`), like comments' `local_time`. */
  publishedLocal: (postId: unknown) => string;
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
  const local = new Map<string, string>();
  const publishedLocal = (postId: unknown): string => {
    const id = str(postId);
    let t = local.get(id);
    if (t === undefined) local.set(id, (t = wallClock(postById.get(id))));
    return t;
  };
  const column = (name: string, col: string): ArrayLike<unknown> => {
    const table = tables[name];
    if (!table) return [];
    return table.columnNames().includes(col) ? table.array(col) : new Array<undefined>(table.numRows());
  };
  return { rows, column, postById, commentById, publishedLocal, site };
}

// The publication time read in the post's `timezone`; the UTC time when the zone is missing or unknown. (The offset
// and the ISO fields directly: a `TZDate` formatted with date-fns took 30-60 ms over the archive's 1,713 posts.)
function wallClock(post: Row | undefined): string {
  const utc = str(post?.published_utc);
  const zone = str(post?.timezone);
  const ms = Date.parse(utc);
  if (!zone || Number.isNaN(ms)) return utc;
  const offset = tzOffset(zone, new Date(ms));
  return Number.isFinite(offset) ? formatWall(ms + offset * 60_000) : utc;
}

/** Returns the local time a row (mention, link) was written: its comment's `local_time`, else its post's publication. */
export function whenWritten(ctx: ReportContext, postId: unknown, commentId: unknown): string {
  const cid = str(commentId);
  if (cid) {
    const c = ctx.commentById.get(cid);
    if (c) return str(c.local_time);
  }
  return ctx.publishedLocal(postId);
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
