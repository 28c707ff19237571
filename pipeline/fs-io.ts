/** File-system shell: listing inputs, reading bytes, atomic writes. Everything in `src/` stays free of fs. */
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync, writeSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Lists every Markdown file (`*.md`, `*.markdown`) under `dir`, recursively, as sorted paths relative to `dir` with `/`
 * separators. Symbolic links are followed: a link with such a name is listed (so a linked post is read, and a broken
 * link is reported when it is read, not skipped), and a linked folder is listed through, once (a link back to a
 * folder on the way is not).
 * Reads synchronously: Node 20's promise-based recursive `readdir` takes 150-200 ms over the archive's 1,713 post
 * folders, the synchronous one about 20 ms.
 */
export async function listMarkdown(dir: string): Promise<string[]> {
  return listUnder(dir, new Set([realpathSync(dir)])).sort();
}

/**
 * Where the links `listMarkdown(dir)` follows lead: the real paths of the folders it lists through and of the linked
 * Markdown files it lists (those that resolve). A watcher on `dir` sees no change made there.
 */
export function linkTargets(dir: string): { folders: string[]; files: string[] } {
  const targets = { folders: new Set<string>(), files: new Set<string>() };
  listUnder(dir, new Set([realpathSync(dir)]), targets);
  return { folders: [...targets.folders].sort(), files: [...targets.files].sort() };
}

function listUnder(dir: string, linkedDirs: Set<string>, targets?: { folders: Set<string>; files: Set<string> }): string[] {
  const out: string[] = [];
  const links: string[] = []; // links that are not Markdown files: folders, maybe
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const markdown = isMarkdownName(e.name);
    if (!markdown && !e.isSymbolicLink()) continue;
    if (markdown && !e.isFile() && !e.isSymbolicLink()) continue;
    const parent = (e as { parentPath?: string; path?: string }).parentPath ?? (e as { path?: string }).path ?? dir;
    const rel = path.relative(dir, path.join(parent, e.name)).split(path.sep).join('/');
    (markdown ? out : links).push(rel);
    if (markdown && targets && e.isSymbolicLink()) {
      const real = realTarget(path.join(dir, rel));
      if (real !== null) targets.files.add(real);
    }
  }
  // In path order, so which of two links to one folder is listed through does not depend on the file system's order.
  for (const rel of links.sort()) {
    const folder = linkedFolder(path.join(dir, rel));
    if (folder === null || linkedDirs.has(folder)) continue;
    linkedDirs.add(folder);
    targets?.folders.add(folder);
    for (const f of listUnder(path.join(dir, rel), linkedDirs, targets)) out.push(`${rel}/${f}`);
  }
  return out;
}

/** The real path `link` resolves to, or null for a broken link. */
function realTarget(link: string): string | null {
  try {
    return realpathSync(link);
  } catch {
    return null;
  }
}

/** The real path of the folder `link` points to, or null when it points to no folder. */
function linkedFolder(link: string): string | null {
  const real = realTarget(link);
  try {
    return real !== null && statSync(real).isDirectory() ? real : null;
  } catch {
    return null;
  }
}

/** Whether a file name is a Markdown post's: `*.md` or `*.markdown`, in any case. */
export function isMarkdownName(name: string): boolean {
  return /\.(?:md|markdown)$/i.test(name);
}

/** Whether `dir` exists and is a directory. */
export async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

/** Returns the file's bytes. */
export async function readBytes(file: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(file));
}

/** Returns the file's bytes, synchronously (many small files read faster this way than through promises). */
export function readBytesSync(file: string): Uint8Array {
  return readFileSync(file);
}

/** Returns the hex sha256 of `data`. */
export function digest(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Returns the hex sha256 of the file's bytes, read piece by piece into one reused buffer (reading a large file into a
 * new buffer costs more in fresh memory than the hashing).
 */
export function digestFile(file: string): string {
  return digestBytes(file).sha;
}

/**
 * The hex sha256 of the file's first `limit` bytes (all of them by default) and how many bytes were read: fewer than
 * `limit` when the file is shorter.
 */
export function digestBytes(file: string, limit = Infinity): { sha: string; size: number } {
  const hash = createHash('sha256');
  const fd = openSync(file, 'r');
  let size = 0;
  try {
    while (size < limit) {
      const n = readSync(fd, READ_SCRATCH, 0, Math.min(READ_SCRATCH.length, limit - size), size);
      if (n === 0) break;
      hash.update(READ_SCRATCH.subarray(0, n));
      size += n;
    }
  } finally {
    closeSync(fd);
  }
  return { sha: hash.digest('hex'), size };
}

const READ_SCRATCH = Buffer.allocUnsafe(1 << 20);

/** Writes `content` to `file` through a temp file and a rename, so readers never see a half-written file. */
export async function writeAtomic(file: string, content: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, content);
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/** Writes `chunks` to `file` through a temp file synced to disk and a rename (for large outputs built piecewise). */
export async function writeAtomicChunks(file: string, chunks: Iterable<string>): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    for (const c of chunks) writeSync(fd, c);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  await rename(tmp, file);
}

/**
 * Reads byte spans of files, through one reused buffer: each span returned holds its bytes only until the next read.
 * Files stay open until `close()`.
 */
export class SpanReader {
  private readonly fds = new Map<string, number>();
  private scratch = Buffer.alloc(0);

  constructor(private readonly minBuffer = 8 << 20) {}

  /** Bytes `[start, end)` of `file`; throws if the file ends before `end`. */
  read(file: string, start: number, end: number): Uint8Array {
    let fd = this.fds.get(file);
    if (fd === undefined) this.fds.set(file, (fd = openSync(file, 'r')));
    if (this.scratch.length < end - start) this.scratch = Buffer.allocUnsafe(Math.max(end - start, this.minBuffer));
    const bytes = this.scratch.subarray(0, end - start);
    for (let at = 0; at < bytes.length; ) {
      const n = readSync(fd, bytes, at, bytes.length - at, start + at);
      if (n === 0) throw new Error(`${file} shrank while it was being copied`);
      at += n;
    }
    return bytes;
  }

  close(): void {
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
  }
}
