import { z } from 'zod';

/** A comment as ingest finds it, before its time is normalized. */
export const RawComment = z.object({
  comment_id: z.string(),
  post_id: z.string(),
  /** 1-based order in the post. */
  position: z.number().int().min(1),
  author: z.string(),
  /** The date line's text without its `*` or `_` markers; empty when the comment has none. */
  written_at: z.string(),
  is_post_author: z.boolean(),
  word_count: z.number().int().min(0),
  /** Body text, HTML entities decoded, line ends normalized to `\n`. */
  text: z.string(),
  source_file: z.string(),
  /** 1-based line of the `### Name` heading. */
  source_line: z.number().int().min(1),
  /** 1-based line of the date line (the heading's line when there is none). */
  date_line: z.number().int().min(1),
  /** 1-based line where `text` starts. */
  body_line: z.number().int().min(1),
  /** The id of the comment this one is nested under (a `#### Name` reply in some exports); absent when not nested. */
  nested_in: z.string().optional(),
});
export type RawComment = z.infer<typeof RawComment>;

/**
 * A comment with its time normalized: `local_time` ISO without offset, `utc_offset` `+hh:mm`, `utc_time` ISO with Z.
 * The nesting stays with the raw comment, which reply detection reads.
 */
export const TimedComment = RawComment.omit({ nested_in: true }).extend({
  local_time: z.string().nullable(),
  utc_offset: z.string().nullable(),
  utc_time: z.string().nullable(),
});
export type TimedComment = z.infer<typeof TimedComment>;
