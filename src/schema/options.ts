import { z } from 'zod';
import { isIanaZone } from './post.ts';

/** `--timezone`: `auto` (infer from the corpus) or an IANA zone name. */
export const TimezoneOption = z
  .string()
  .refine((v) => v === 'auto' || isIanaZone(v), { message: 'expected `auto` or an IANA zone such as `America/Los_Angeles`' });

const WORKERS = 'expected a whole number of worker threads from 1 to 64, such as `2`';

/** Options of `threadlens run`, after the CLI has parsed argv; the defaults are the documented ones. */
export const RunOptions = z.object({
  input: z.string().min(1).default('data/raw'),
  derived: z.string().min(1).default('data/derived'),
  report: z.string().min(1).default('reports'),
  timezone: TimezoneOption.default('auto'),
  strict: z.boolean().default(false),
  lexicon: z.string().min(1).optional(),
  aliases: z.string().min(1).optional(),
  site: z
    .string()
    .regex(/^(https?:\/\/)?[a-z0-9.-]+\.[a-z]{2,}(:\d+)?(\/.*)?$/i, { message: 'expected a URL such as `https://example.com`' })
    .optional(),
  full: z.boolean().default(false),
  watch: z.boolean().default(false),
  workers: z
    .number({ message: WORKERS })
    .int({ message: WORKERS })
    .min(1, { message: WORKERS })
    .max(64, { message: WORKERS })
    .optional(),
});
export type RunOptions = z.infer<typeof RunOptions>;

/** Options of `threadlens score`. */
export const ScoreOptions = z.object({
  file: z.string().optional(),
  lexicon: z.string().min(1).optional(),
});
export type ScoreOptions = z.infer<typeof ScoreOptions>;
