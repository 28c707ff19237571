import { z } from 'zod';

/** How bad a diagnostic is: `error` (input not fully used), `warning` (repaired and used), `info` (a note). */
export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/** A positioned message about the input: one row of `diagnostics.csv`. Lines and columns are 1-based (0 = whole file). */
export const Diagnostic = z.object({
  file: z.string(),
  line: z.number().int().min(0),
  column: z.number().int().min(0),
  severity: Severity,
  rule_id: z.string().regex(/^[a-z]+:[a-z0-9-]+$/),
  message: z.string(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

/** A message from the catalogue (`src/messages/`), before it is given a position. */
export const Message = Diagnostic.pick({ severity: true, rule_id: true, message: true });
export type Message = z.infer<typeof Message>;
