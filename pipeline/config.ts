/** Loads what a run is configured with (lexicon, sentiment adjustments, aliases) and digests it for the cache. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnalyzerConfig } from '../src/analyze/analyzer.ts';
import type { Diagnostics } from '../src/diagnostics.ts';
import { cliUnreadable } from '../src/messages/cli.ts';
import { mergeLexicons, parseLexicon, type LexiconEntry } from '../src/remedies/lexicon.ts';
import { parseAliases, type Aliases } from '../src/replies/aliases.ts';
import type { RunOptions } from '../src/schema/options.ts';
import { NO_ADJUSTMENTS, parseAdjustments } from '../src/sentiment/adjustments.ts';
import { linkRulesUrl, parseLinkRules, type LinkRules } from '../src/links/rules.ts';
import { digest } from './fs-io.ts';
import type { CacheKeys } from './manifest.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The built-in remedy lexicon. */
export const LEXICON_FILE = path.join(ROOT, 'src/remedies/lexicon.yaml');
/** The built-in health-aware sentiment adjustments. */
export const ADJUSTMENTS_FILE = path.join(ROOT, 'src/sentiment/adjustments.yaml');

/** A run's loaded configuration. */
export interface RunConfig {
  analyzer: AnalyzerConfig;
  lexicon: LexiconEntry[];
  aliases: Aliases;
  linkRules: LinkRules;
  keys: CacheKeys;
}

/** Thrown for an option file that cannot be read at all (a usage error, exit 2). */
export class UsageError extends Error {}

/** Reads and validates the lexicon(s), adjustments and aliases; content problems go to `diag`, positioned. */
export async function loadConfig(options: Pick<RunOptions, 'lexicon' | 'aliases' | 'timezone' | 'site'>, diag: Diagnostics): Promise<RunConfig> {
  const builtInLexicon = await readFile(LEXICON_FILE, 'utf8');
  const userLexicon = options.lexicon !== undefined ? await readOption('--lexicon', options.lexicon) : '';
  const adjustmentsText = await readFile(ADJUSTMENTS_FILE, 'utf8');
  const aliasesText = options.aliases !== undefined ? await readOption('--aliases', options.aliases) : '';

  let lexicon = parseLexicon(builtInLexicon, path.relative(process.cwd(), LEXICON_FILE), diag);
  if (options.lexicon !== undefined) lexicon = mergeLexicons(lexicon, parseLexicon(userLexicon, options.lexicon, diag));
  // A broken built-in adjustments file is reported (positioned) and the run goes on with plain wink-nlp scores.
  const adjustments = parseAdjustments(adjustmentsText, path.relative(process.cwd(), ADJUSTMENTS_FILE), diag) ?? NO_ADJUSTMENTS;
  const linkRulesFile = fileURLToPath(linkRulesUrl);
  const linkRules = parseLinkRules(await readFile(linkRulesFile, 'utf8'), path.relative(process.cwd(), linkRulesFile), diag);
  const aliases = options.aliases !== undefined ? parseAliases(aliasesText, options.aliases, diag) : {};

  return {
    analyzer: { lexicon, adjustments },
    lexicon,
    aliases,
    linkRules,
    keys: {
      code: await codeDigest(),
      lexicon: digest(builtInLexicon + '\u0000' + userLexicon),
      adjustments: digest(adjustmentsText),
      options: digest(JSON.stringify({ timezone: options.timezone, site: options.site ?? null, aliases: aliasesText })),
    },
  };
}

/** Digest of the code that produces results: every file under `src/` and `pipeline/` (but the lexicon and the
 * adjustments, which have keys of their own), and the lock file. */
export async function codeDigest(): Promise<string> {
  const parts: string[] = [];
  for (const dir of ['src', 'pipeline']) {
    const entries = await readdir(path.join(ROOT, dir), { recursive: true, withFileTypes: true });
    const files = entries
      .filter((e) => e.isFile())
      .map((e) => path.join((e as { parentPath?: string }).parentPath ?? (e as { path?: string }).path ?? '', e.name))
      .filter((f) => f !== LEXICON_FILE && f !== ADJUSTMENTS_FILE)
      .sort();
    for (const f of files) parts.push(path.relative(ROOT, f), digest(await readFile(f)));
  }
  parts.push(digest(await readFile(path.join(ROOT, 'package-lock.json'))));
  return digest(parts.join('\n'));
}

async function readOption(option: string, file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    throw new UsageError(cliUnreadable(option, file));
  }
}
