/**
 * A run's outputs are staged as temp files next to their targets and renamed into place together at the end, so a
 * run killed while computing or writing leaves every previous output whole; the manifest is renamed last of all.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

const UTF8 = new TextEncoder();
/** The buffer strings are encoded into before they are hashed and written. */
const SCRATCH = new Uint8Array(4 << 20);

/** Collects staged files; `commit()` renames them all into place and returns path -> sha256. */
export class StagedWrites {
  private readonly staged: { tmp: string; target: string; sha: string }[] = [];

  /**
   * Writes `chunks` to a temp file beside `target`; nothing is visible until `commit()`. No fsync: a killed process
   * cannot leave a partial file, and after a power loss the digests in the manifest catch a damaged output or cache,
   * which the next run then rebuilds.
   */
  stage(target: string, chunks: Iterable<string | Uint8Array>): string {
    mkdirSync(path.dirname(target), { recursive: true });
    const tmp = `${target}.${process.pid}.tmp`;
    const hash = createHash('sha256');
    const fd = openSync(tmp, 'w');
    const put = (bytes: Uint8Array) => {
      hash.update(bytes);
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
    };
    try {
      for (const c of chunks) {
        if (typeof c !== 'string') {
          put(c);
          continue;
        }
        // Encoded once (hashing and writing a string would each encode it again), piece by piece into one reused
        // buffer: a new buffer per string costs more in fresh memory than the encoding itself.
        for (let rest = c; rest.length > 0; ) {
          const { read, written } = UTF8.encodeInto(rest, SCRATCH);
          put(SCRATCH.subarray(0, written));
          rest = rest.slice(read);
        }
      }
    } finally {
      closeSync(fd);
    }
    const sha = hash.digest('hex');
    this.staged.push({ tmp, target, sha });
    return sha;
  }

  /** Renames every staged file into place, in staging order. */
  commit(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const s of this.staged) {
      renameSync(s.tmp, s.target);
      out[s.target] = s.sha;
    }
    this.staged.length = 0;
    return out;
  }

  /** Removes staged temp files (after a failure). */
  discard(): void {
    for (const s of this.staged) rmSync(s.tmp, { force: true });
    this.staged.length = 0;
  }
}

/** Removes temp files that a killed run left in `dir` (any `*.<pid>.tmp`). */
export function sweepTempFiles(dir: string): void {
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true }) as string[];
  } catch {
    return;
  }
  for (const f of entries) if (/\.\d+\.tmp$/.test(f)) rmSync(path.join(dir, f), { force: true });
}
