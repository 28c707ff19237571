import { z } from 'zod';

/** IANA zone name check shared by front matter and options. */
export function isIanaZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return name.includes('/') || name === 'UTC';
  } catch {
    return false;
  }
}

// YAML gives numbers and booleans for bare `2011` or `yes`; null (an empty value) stays invalid instead of becoming "null".
const scalarText = z.union([z.string(), z.number(), z.boolean()]).transform((v) => String(v));
const stringList = z.union([z.array(scalarText), scalarText.transform((s) => [s])]);

/** Validated front matter of a post. Unknown keys are kept (`.passthrough()`). */
export const FrontMatter = z
  .object({
    title: scalarText.pipe(z.string().trim().min(1)),
    pubDate: z.union([z.string().min(1), z.date()]),
    modifiedDate: z.union([z.string().min(1), z.date()]).optional(),
    author: scalarText.optional(),
    categories: stringList.optional(),
    tags: stringList.optional(),
    description: scalarText.optional(),
    commentCount: z.number().int().min(0).optional(),
    timezone: z.string().refine(isIanaZone, { message: 'expected an IANA time zone such as `America/Los_Angeles`' }).optional(),
  })
  .passthrough();
export type FrontMatter = z.infer<typeof FrontMatter>;

/** One post: a row of `posts.csv` (list columns joined with `; `). */
export const Post = z.object({
  post_id: z.string(),
  source_file: z.string(),
  title: z.string(),
  author: z.string(),
  published_utc: z.string().nullable(),
  modified_utc: z.string().nullable(),
  categories: z.string(),
  tags: z.string(),
  timezone: z.string(),
  declared_comment_count: z.number().int().nullable(),
  comment_count: z.number().int(),
});
export type Post = z.infer<typeof Post>;

/** A post as ingest returns it: the table row plus the body text the later stages read. */
export const ParsedPost = Post.extend({
  /** The post's own zone from front matter, empty when not given. */
  declared_timezone: z.string(),
  /** Markdown body above the comments section, entities left as written. */
  body: z.string(),
  /** 1-based line of the body's first line in the source file. */
  body_line: z.number().int(),
});
export type ParsedPost = z.infer<typeof ParsedPost>;
