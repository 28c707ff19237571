/** Deciding and logging, per input file, whether its cached record still holds. */
import { staleReasons, type StaleReason } from '../src/messages/cache.ts';
import type { RunOptions } from '../src/schema/options.ts';
import type { CacheKeys, ManifestHeader } from './manifest.ts';
import type { LogSink } from './progress.ts';

/** Returns why the cached record of `sourceFile` cannot be reused, or `fresh`. */
export function staleReason(options: RunOptions, previous: ManifestHeader | null, sourceFile: string, fileDigest: string, keys: CacheKeys): StaleReason | 'fresh' {
  const cachedDigest = previous?.files[sourceFile];
  if (!previous || cachedDigest === undefined) return 'new';
  if (options.full) return 'full';
  if (cachedDigest !== fileDigest) return 'content';
  if (previous.keys.code !== keys.code) return 'code';
  if (previous.keys.lexicon !== keys.lexicon) return 'lexicon';
  if (previous.keys.adjustments !== keys.adjustments) return 'adjustments';
  return 'fresh';
}

/** Prints the cache decisions: counts per reason, then each stale or removed file when there are few. */
export function logCache(sink: LogSink, reasons: Map<StaleReason | 'fresh', string[]>, removed: string[], total: number): void {
  const parts = [...reasons].map(([r, fs]) => `${fs.length} [${r === 'fresh' ? 'fresh' : staleReasons[r]}]`);
  if (removed.length > 0) parts.push(`${removed.length} [removed]`);
  sink.write(`cache     ${total} files: ${parts.join(', ')}\n`);
  for (const [r, fs] of reasons) {
    if (r === 'fresh' || fs.length > 20) continue;
    for (const f of fs) sink.write(`cache     [${staleReasons[r]}] ${f}\n`);
  }
  for (const f of removed.slice(0, 20)) sink.write(`cache     [removed] ${f}\n`);
}

