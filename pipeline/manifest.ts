/**
 * The cache manifest in `--derived`: one JSON line of header (digests of code, lexicon, adjustments, options, the
 * previous run's snapshot and output digests), then one JSON line per input file with its digest and per-post results.
 * JSON lines keep a million-comment cache streamable. It is written last, through a temp file and a rename.
 */
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { PostRecord } from '../src/analyze/post-record.ts';
import type { Snapshot } from '../src/changes/snapshot.ts';
import type { Diagnostic } from '../src/schema/diagnostic.ts';

/** Manifest file name inside `--derived`. */
export const MANIFEST_NAME = '.threadlens-manifest.jsonl';
const FORMAT = 1;

/** Digests that decide whether cached results still hold. */
export interface CacheKeys {
  code: string;
  lexicon: string;
  adjustments: string;
  options: string;
}

/** The manifest's first line. */
export interface ManifestHeader {
  format: number;
  keys: CacheKeys;
  /** Digest over every input digest and every key: equal means the corpus stage would write the same outputs. */
  corpus_key: string;
  /** Output file (relative to the working folder) -> sha256, to tell outputs were not touched since. */
  outputs: Record<string, string>;
  snapshot: Snapshot;
  /** Diagnostics of the corpus stage (time zone, replies...), replayed when the corpus stage is skipped. */
  corpus_diagnostics: Diagnostic[];
}

/** A loaded manifest, or null when there is none or it cannot be read. */
export interface Manifest {
  header: ManifestHeader;
  records: Map<string, PostRecord>;
}

/** Reads the manifest from `derivedDir`; a missing, partial or foreign file gives null (everything is recomputed). */
export async function readManifest(derivedDir: string): Promise<Manifest | null> {
  const file = path.join(derivedDir, MANIFEST_NAME);
  if (!existsSync(file)) return null;
  try {
    const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
    let header: ManifestHeader | null = null;
    const records = new Map<string, PostRecord>();
    let ended = false;
    for await (const line of lines) {
      if (line === '') continue;
      const value = JSON.parse(line) as unknown;
      if (header === null) {
        header = value as ManifestHeader;
        if (header.format !== FORMAT) return null;
      } else if ((value as { end?: boolean }).end === true) {
        ended = true;
      } else {
        const r = value as PostRecord;
        records.set(r.source_file, r);
      }
    }
    return header !== null && ended ? { header, records } : null;
  } catch {
    return null;
  }
}

/** The manifest's lines: header, records in source_file order, then an end marker (a partial file has none). */
export function* manifestChunks(header: Omit<ManifestHeader, 'format'>, records: readonly PostRecord[]): Generator<string> {
  const sorted = [...records].sort((a, b) => (a.source_file < b.source_file ? -1 : a.source_file > b.source_file ? 1 : 0));
  yield JSON.stringify({ format: FORMAT, ...header }) + '\n';
  for (const r of sorted) yield JSON.stringify(r) + '\n';
  yield '{"end":true}\n';
}

/** Path of the manifest in `derivedDir`. */
export function manifestPath(derivedDir: string): string {
  return path.join(derivedDir, MANIFEST_NAME);
}
