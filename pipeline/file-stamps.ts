/**
 * File stamps: what a file's metadata says about its content without reading it. A rerun reuses a file's recorded
 * content digest when its size, modification time and change time are those recorded and the modification is older
 * than the manifest that recorded them (as git trusts its index), so an unchanged archive is not read again to be
 * hashed. A file written in the same instant as the manifest, or whose metadata cannot be read, is read and hashed.
 */
import { statSync, type Stats } from 'node:fs';

/** `[size, mtimeMs, ctimeMs]`: any write changes the change time, even one that restores the modification time. */
export type FileStamp = [size: number, mtimeMs: number, ctimeMs: number];

// On a file system with coarse timestamps a write in the manifest's second could keep the file's recorded stamp.
const RACY_MS = 2_000;

/** The stamp of a file's stats. */
export function stampOf(stats: Pick<Stats, 'size' | 'mtimeMs' | 'ctimeMs'>): FileStamp {
  return [stats.size, stats.mtimeMs, stats.ctimeMs];
}

/** The modification time of `file` in ms, or null when it cannot be read. */
export function mtimeOf(file: string): number | null {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

/**
 * Whether a file whose stamp is `now` still holds the content it had when `recorded` was taken, by a run whose
 * manifest was last modified at `manifestMtimeMs`.
 */
export function unchangedSince(recorded: FileStamp | undefined, now: FileStamp, manifestMtimeMs: number | null): boolean {
  if (recorded === undefined || manifestMtimeMs === null) return false;
  const [size, mtime, ctime] = recorded;
  return size === now[0] && mtime === now[1] && ctime === now[2] && Math.max(mtime, ctime) < manifestMtimeMs - RACY_MS;
}
