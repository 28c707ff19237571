/**
 * The diagnostic catalogue: every message text threadlens prints lives in one of these modules, one per stage.
 * Tests assert on the builders, not on copied strings.
 */
export * from './define.ts';
