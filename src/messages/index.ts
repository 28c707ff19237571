/**
 * The diagnostic catalogue: every message text threadlens prints lives in one of these modules, one per stage.
 * Tests assert on the builders, not on copied strings.
 */
export * from './define.ts';
export * from './ingest.ts';
export * from './time.ts';
export * from './remedies.ts';
export * from './links.ts';
export * from './replies.ts';
export * from './sentiment.ts';
export * from './report.ts';
export * from './cache.ts';
export * from './cli.ts';
export * from './score.ts';
