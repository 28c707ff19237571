/**
 * The cache in `--derived`, in three files:
 * - `.threadlens-config.json`: the parsed configuration (lexicon, adjustments, aliases, link rules) and the
 *   diagnostics parsing it gave, under the digest of its texts and the code; parsing the YAML lexicon costs more than
 *   a small rerun's NLP.
 * - `.threadlens-records.jsonl`: the per-post results, one JSON line per input file (see `records-file.ts`).
 * - `.threadlens-manifest.json`: the small header, written last: digests of code, lexicon, adjustments and options,
 *   each file's digest, the run's diagnostics, the snapshot for the next diff, output digests, and the records file's
 *   digest. A run that finds nothing changed reads no other cache file.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Snapshot } from '../src/changes/snapshot.ts';
import type { CsvIndex } from '../src/output/segments.ts';
import type { NormalExceptions } from '../src/remedies/learn-scope.ts';
import type { Diagnostic } from '../src/schema/diagnostic.ts';

/** Header file name inside `--derived`. */
export const MANIFEST_NAME = '.threadlens-manifest.json';
/** Records file name inside `--derived`. */
export const RECORDS_NAME = '.threadlens-records.jsonl';
/** Parsed-configuration file name inside `--derived`. */
export const CONFIG_NAME = '.threadlens-config.json';
// 3: sentence texts stored as ranges of their comment's text. 4: records lines are ASCII (non-ASCII as \u escapes).
// 5: the records file may hold superseded lines; the header gives the size of the part that is its own.
// 6: mentions and sentences stored as tuples without their post id. 7: no file stamps (staleness by content alone).
// 8: mentions and sentences stored as columns, their comments by index.
const FORMAT = 8;

/** Digests that decide whether cached results still hold. */
export interface CacheKeys {
  code: string;
  lexicon: string;
  adjustments: string;
  options: string;
}

/** The manifest (header) file. */
export interface ManifestHeader {
  format: number;
  keys: CacheKeys;
  /** Digest over every input digest and every key: equal means the corpus stage would write the same outputs. */
  corpus_key: string;
  /** source_file -> sha256 of its bytes. */
  files: Record<string, string>;
  /** sha256 of the first `records_size` bytes of the records file: the part this header belongs to. */
  records_sha: string;
  records_size: number;
  /** Every diagnostic the run reported, sorted, replayed when nothing changed. */
  diagnostics: Diagnostic[];
  /** Diagnostics of the corpus stage alone (time zone, links...). */
  corpus_diagnostics: Diagnostic[];
  counts: { posts: number; comments: number };
  /** Output file -> sha256, to tell outputs were not touched since. */
  outputs: Record<string, string>;
  /** Where each record's rows sit in the record tables' CSV files (absent in older manifests). */
  csv_index?: CsvIndex;
  snapshot: Snapshot;
  /** The lexicon's normal exceptions (see `NormalExceptions`) under `keys`, when a worker learned the whole lexicon. */
  normal_exceptions?: NormalExceptions;
}

/** Paths of the cache files in `derivedDir`. */
export function cachePaths(derivedDir: string): { manifest: string; records: string; config: string } {
  return { manifest: path.join(derivedDir, MANIFEST_NAME), records: path.join(derivedDir, RECORDS_NAME), config: path.join(derivedDir, CONFIG_NAME) };
}

/** A parsed configuration as cached: the key it was parsed under, the result and the diagnostics it gave. */
interface CachedConfig<C> {
  format: number;
  key: string;
  config: C;
  diagnostics: Diagnostic[];
}

/** The cached configuration parsed under `key`, or null (missing, unreadable, or parsed from other texts or code). */
export function readCachedConfig<C>(derivedDir: string, key: string): { config: C; diagnostics: Diagnostic[] } | null {
  try {
    const cached = JSON.parse(readFileSync(cachePaths(derivedDir).config, 'utf8')) as CachedConfig<C>;
    return cached.format === FORMAT && cached.key === key ? { config: cached.config, diagnostics: cached.diagnostics } : null;
  } catch {
    return null;
  }
}

/** The configuration cache file's text. */
export function cachedConfigText<C>(key: string, config: C, diagnostics: readonly Diagnostic[]): string {
  return JSON.stringify({ format: FORMAT, key, config, diagnostics: [...diagnostics] } satisfies CachedConfig<C>) + '\n';
}

/** Reads the header; a missing, foreign or unreadable file gives null (everything is recomputed). */
export function readManifestHeader(derivedDir: string): ManifestHeader | null {
  const file = cachePaths(derivedDir).manifest;
  if (!existsSync(file)) return null;
  try {
    const header = JSON.parse(readFileSync(file, 'utf8')) as ManifestHeader;
    return header.format === FORMAT ? header : null;
  } catch {
    return null;
  }
}

/** The header file's text. */
export function headerText(header: Omit<ManifestHeader, 'format'>): string {
  return JSON.stringify({ format: FORMAT, ...header }) + '\n';
}
