/** A lock file with the owner's pid keeps two runs from writing the same `--derived` folder at once. */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/** Lock file name inside `--derived`. */
export const LOCK_NAME = '.threadlens.lock';

/** Outcome of trying to take the lock: `release` on success, else the pid holding it. */
export type LockResult = { ok: true; release: () => void; tookOverFrom: number | null } | { ok: false; pid: number };

/** Takes the lock on `derivedDir`; a lock whose pid is no longer alive is stale and taken over. */
export function acquireLock(derivedDir: string): LockResult {
  const file = path.join(derivedDir, LOCK_NAME);
  let tookOverFrom: number | null = null;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return { ok: true, tookOverFrom, release: () => rmSync(file, { force: true }) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = readPid(file);
      if (pid !== null && pid !== process.pid && isAlive(pid)) return { ok: false, pid };
      tookOverFrom = pid;
      rmSync(file, { force: true });
    }
  }
  return { ok: false, pid: readPid(file) ?? -1 };
}

function readPid(file: string): number | null {
  try {
    const n = Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
    return Number.isFinite(n) ? n : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
