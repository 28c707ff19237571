import { z } from 'zod';

/** Kinds of link target; `unsafe` marks non-http(s) schemes, never to be followed. */
export const LinkClass = z.enum([
  'own-blog', 'research', 'encyclopedia', 'video', 'book-or-shop', 'social', 'news', 'blog-or-other', 'unsafe',
]);
export type LinkClass = z.infer<typeof LinkClass>;

/** One link: a row of `links.csv`. `comment_id` is empty for links in the post body. */
export const Link = z.object({
  post_id: z.string(),
  comment_id: z.string(),
  url: z.string(),
  normalized_url: z.string(),
  domain: z.string(),
  is_internal: z.boolean(),
  link_class: LinkClass,
  source_line: z.number().int().min(1),
});
export type Link = z.infer<typeof Link>;
