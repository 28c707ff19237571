// Texts of the incremental cache's log lines (see ./define.ts).

/** Why a file's cached result cannot be reused: the bracketed reason in the log (`[stale: lexicon changed]`). */
export const staleReasons = {
  new: 'missing',
  content: 'stale: content changed',
  lexicon: 'stale: lexicon changed',
  adjustments: 'stale: sentiment adjustments changed',
  code: 'stale: code changed',
  options: 'stale: options changed',
  full: 'stale: --full',
  unreadable: 'stale: cache unreadable',
} as const;
/** A key of `staleReasons`. */
export type StaleReason = keyof typeof staleReasons;
