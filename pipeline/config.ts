/**
 * What a run is configured with (lexicon, sentiment adjustments, aliases, link rules): read as text and digested for
 * the cache first; parsed (with positioned diagnostics) only when some stage needs it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzerConfig, type AnalyzerConfig } from '../src/analyze/analyzer.ts';
import type { Diagnostics } from '../src/diagnostics.ts';
import { linkRulesUrl, parseLinkRules, type LinkRules } from '../src/links/rules.ts';
import { cliUnreadable } from '../src/messages/cli.ts';
import { mergeLexicons, parseLexicon } from '../src/remedies/lexicon.ts';
import { parseAliases, type Aliases } from '../src/replies/aliases.ts';
import type { RunOptions } from '../src/schema/options.ts';
import { NO_ADJUSTMENTS } from '../src/sentiment/adjustments.ts';
import { parseAdjustments } from '../src/sentiment/adjustments-file.ts';
import { digest } from './fs-io.ts';
import type { CacheKeys } from './manifest.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The built-in remedy lexicon. */
export const LEXICON_FILE = path.join(ROOT, 'src/remedies/lexicon.yaml');
/** The built-in health-aware sentiment adjustments. */
export const ADJUSTMENTS_FILE = path.join(ROOT, 'src/sentiment/adjustments.yaml');
const LINK_RULES_FILE = fileURLToPath(linkRulesUrl);

type ConfigOptions = Pick<RunOptions, 'lexicon' | 'aliases' | 'timezone' | 'site'>;

/** The configuration files' texts and the cache keys digested from them. */
export interface ConfigTexts {
  lexicon: string;
  userLexicon: string | null;
  adjustments: string;
  aliases: string | null;
  linkRules: string;
  keys: CacheKeys;
}

/** A run's parsed configuration. */
export interface RunConfig {
  /** The lexicon (`analyzer.lexicon`, which the corpus stage reads too), the sentiment adjustments. */
  analyzer: AnalyzerConfig;
  aliases: Aliases;
  linkRules: LinkRules;
}

/** Thrown for an option file that cannot be read at all (a usage error, exit 2). */
export class UsageError extends Error {}

/** Reads the configuration texts and digests them; throws `UsageError` for an option file that cannot be read. */
export async function readConfigTexts(options: ConfigOptions): Promise<ConfigTexts> {
  const lexicon = await readFile(LEXICON_FILE, 'utf8');
  const userLexicon = options.lexicon !== undefined ? await readOption('--lexicon', options.lexicon) : null;
  const adjustments = await readFile(ADJUSTMENTS_FILE, 'utf8');
  const aliases = options.aliases !== undefined ? await readOption('--aliases', options.aliases) : null;
  const linkRules = await readFile(LINK_RULES_FILE, 'utf8');
  return {
    lexicon,
    userLexicon,
    adjustments,
    aliases,
    linkRules,
    keys: {
      code: await codeDigest(),
      lexicon: digest(JSON.stringify([lexicon, options.lexicon ?? null, userLexicon])),
      adjustments: digest(adjustments),
      options: digest(JSON.stringify({ timezone: options.timezone, site: options.site ?? null, aliases: aliases, linkRules })),
    },
  };
}

/** Parses the configuration texts; content problems go to `diag`, positioned, and the run goes on. */
export function parseConfig(texts: ConfigTexts, options: ConfigOptions, diag: Diagnostics): RunConfig {
  let lexicon = parseLexicon(texts.lexicon, rel(LEXICON_FILE), diag);
  if (options.lexicon !== undefined && texts.userLexicon !== null) {
    lexicon = mergeLexicons(lexicon, parseLexicon(texts.userLexicon, options.lexicon, diag));
  }
  // A broken adjustments file is reported and the run goes on with plain wink-nlp scores.
  const adjustments = parseAdjustments(texts.adjustments, rel(ADJUSTMENTS_FILE), diag) ?? NO_ADJUSTMENTS;
  const aliases = options.aliases !== undefined && texts.aliases !== null ? parseAliases(texts.aliases, options.aliases, diag) : {};
  const linkRules = parseLinkRules(texts.linkRules, rel(LINK_RULES_FILE), diag);
  return { analyzer: analyzerConfig(lexicon, adjustments), aliases, linkRules };
}

/** Reads and parses in one step (for `threadlens score`). */
export async function loadConfig(options: ConfigOptions, diag: Diagnostics): Promise<RunConfig> {
  return parseConfig(await readConfigTexts(options), options, diag);
}

/**
 * Digest of the code that produces results: every file under `src/` and in `pipeline/` (but the lexicon, the
 * adjustments and the link rules, which have keys of their own), and the lock file.
 */
export async function codeDigest(): Promise<string> {
  const parts: string[] = [];
  // pipeline/ counts without its eval/ and bench/ folders, which produce no output of a run.
  for (const [dir, recursive] of [['src', true], ['pipeline', false]] as const) {
    // Synchronous reads: this runs before the worker can start, and Node 20's promise-based ones are slower here.
    const entries = readdirSync(path.join(ROOT, dir), { recursive, withFileTypes: true });
    const files = entries
      .filter((e) => e.isFile())
      .map((e) => path.join((e as { parentPath?: string }).parentPath ?? (e as { path?: string }).path ?? '', e.name))
      .filter((f) => f !== LEXICON_FILE && f !== ADJUSTMENTS_FILE && f !== LINK_RULES_FILE)
      .sort();
    for (const f of files) parts.push(path.relative(ROOT, f), digest(readFileSync(f)));
  }
  parts.push(digest(readFileSync(path.join(ROOT, 'package-lock.json'))));
  return digest(parts.join('\n'));
}

function rel(file: string): string {
  return path.relative(process.cwd(), file).split(path.sep).join('/');
}

async function readOption(option: string, file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    throw new UsageError(cliUnreadable(option, file));
  }
}
