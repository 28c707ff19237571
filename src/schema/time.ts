import { z } from 'zod';

/** A wall-clock reading with no zone: read later in the post's zone. */
export const LocalDate = z.object({
  kind: z.literal('local'),
  year: z.number().int(),
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(31),
  hour: z.number().int().min(0).max(23),
  minute: z.number().int().min(0).max(59),
  second: z.number().int().min(0).max(59),
});
export type LocalDate = z.infer<typeof LocalDate>;

/** An absolute instant (the text carried `Z` or an offset), as ISO UTC with milliseconds. */
export const InstantDate = z.object({
  kind: z.literal('instant'),
  utc: z.string(),
});
export type InstantDate = z.infer<typeof InstantDate>;

/** What a date text says: a wall-clock reading or an instant. */
export const ParsedDate = z.discriminatedUnion('kind', [LocalDate, InstantDate]);
export type ParsedDate = z.infer<typeof ParsedDate>;

/** Result of `--timezone auto`: the chosen zone and how many comments it (and UTC) put before their post. */
export const ZoneInference = z.object({
  zone: z.string(),
  before: z.number().int().min(0),
  total: z.number().int().min(0),
  utcBefore: z.number().int().min(0),
  evidence: z.string(),
});
export type ZoneInference = z.infer<typeof ZoneInference>;

/** The run's zone for posts without their own `timezone`, and why it was chosen. */
export const ZoneChoice = z.object({
  zone: z.string(),
  source: z.enum(['option', 'inferred']),
  evidence: z.string(),
});
export type ZoneChoice = z.infer<typeof ZoneChoice>;

/** Options of the time stage: an IANA zone name, or `auto` to infer it from comments and post dates. */
export const TimeOptions = z.object({
  timezone: z.string().min(1),
});
export type TimeOptions = z.infer<typeof TimeOptions>;
