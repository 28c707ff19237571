/**
 * The records file (`.threadlens-records.jsonl` in `--derived`): one ASCII JSON line per input file with its digest
 * and per-post results (ingest + NLP), then an end marker. JSON lines keep a million-comment cache streamable. A rerun
 * appends the records it changed (a later line for a file supersedes an earlier one) and a new end marker after the
 * part the header covers, so the previous header still reads its own part until the new one replaces it; the file
 * is rewritten whole when superseded lines would make up more than half of it.
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, existsSync, ftruncateSync, openSync, writeSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { PostRecord } from '../src/analyze/post-record.ts';
import { shareStrings, type StringPool } from '../src/analyze/share-strings.ts';
import { digestBytes, SpanReader } from './fs-io.ts';
import { cachePaths, type ManifestHeader } from './manifest.ts';
import type { StagedWrites } from './staged-writes.ts';

/** Where a record read from the cache sits in its records file: its line's bytes, copied as they are on rewrite. */
const linesRead = new WeakMap<PostRecord, { file: string; start: number; end: number }>();

/**
 * Reads the records that belong to `header`; null when the file is missing, partial or from another run. The file is
 * read `chunkSize` bytes at a time.
 */
export async function readRecords(derivedDir: string, header: ManifestHeader, chunkSize = READ_CHUNK): Promise<Map<string, PostRecord> | null> {
  const file = cachePaths(derivedDir).records;
  if (!existsSync(file)) return null;
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, 'r');
    const hash = createHash('sha256');
    const records = new Map<string, PostRecord>();
    const pool: StringPool = new Map();
    let ended = false;
    const take = (line: string, start: number, end: number) => {
      const value = JSON.parse(line) as PostRecord | { end: true };
      ended = 'end' in value;
      // A later line for a file supersedes an earlier one; files the header does not list are gone.
      if ('end' in value || header.files[value.source_file] === undefined) return;
      records.set(value.source_file, shareStrings(value, pool));
      linesRead.set(value, { file, start, end });
    };
    // Lines are split on the bytes, so each record's byte span comes for free and only its own line is decoded. The
    // writer escapes every non-ASCII character, so a line decodes as latin1: a plain byte copy into a one-byte string.
    const chunk = Buffer.allocUnsafe(chunkSize);
    let carry: Buffer[] = []; // the start of a line that runs past the chunk read before
    let base = 0; // file offset of the first byte of `chunk`
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, Math.min(chunk.length, header.records_size - base), null);
      if (bytesRead === 0) break;
      const fresh = chunk.subarray(0, bytesRead);
      hash.update(fresh);
      let start = 0;
      for (let nl = fresh.indexOf(10); nl !== -1; nl = fresh.indexOf(10, start)) {
        if (carry.length > 0) {
          const head = Buffer.concat([...carry, fresh.subarray(0, nl)]);
          take(head.toString('latin1'), base - (head.length - nl), base + nl + 1);
          carry = [];
        } else if (nl > start) take(fresh.toString('latin1', start, nl), base + start, base + nl + 1);
        start = nl + 1;
      }
      if (start < bytesRead) carry.push(Buffer.from(fresh.subarray(start))); // `chunk` is reused by the next read
      base += bytesRead;
    }
    // Every line the writer writes ends with \n: bytes after the last one are a torn write.
    const state = hash.copy();
    if (!ended || carry.length > 0 || base !== header.records_size || hash.digest('hex') !== header.records_sha) return null;
    filesRead.set(records, { file, size: base, hash: state });
    return records;
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}

/** Where a records file read stands: the bytes its header covers, and the digest over them so far. */
const filesRead = new WeakMap<ReadonlyMap<string, PostRecord>, { file: string; size: number; hash: Hash }>();

/** A run's records and the records file they stand in: its path, size, digest, and the hash state to append from. */
type Held = { file: string; size: number; sha: string; hash: Hash; records: Map<string, PostRecord> };

/** The records the last committed run in this process left appended to its records file (watch mode, tests). */
let held: Held | null = null;
/** The records `writeRecords` just appended, held once their run's manifest is committed. */
let pending: Held | null = null;

/**
 * Called after a run's manifest is committed: keeps the records it appended in memory for the next run in this process,
 * or forgets them when the records file is no longer the one they stand in (rewritten whole, or by another run).
 */
export function holdRecords(derivedDir: string, header: Pick<ManifestHeader, 'records_sha' | 'records_size'>): void {
  const file = cachePaths(derivedDir).records;
  if (pending?.file === file && pending.sha === header.records_sha && pending.size === header.records_size) held = pending;
  else if (held?.file !== file || held.sha !== header.records_sha || held.size !== header.records_size) held = null;
  pending = null;
}

/**
 * The records the last run in this process held for `header`, without reading the file again: only when they are the
 * ones `header` lists and the file still holds, byte for byte, the part the header covers (hashed again, not parsed).
 * Null otherwise; `readRecords` then reads the file.
 */
export function heldRecords(derivedDir: string, header: Pick<ManifestHeader, 'records_sha' | 'records_size' | 'files'>): Map<string, PostRecord> | null {
  const file = cachePaths(derivedDir).records;
  if (held === null || held.file !== file || held.sha !== header.records_sha || held.size !== header.records_size) return null;
  const files = Object.keys(header.files);
  if (files.length !== held.records.size || files.some((f) => !held!.records.has(f))) return null;
  try {
    const prefix = digestBytes(file, held.size);
    if (prefix.size !== held.size || prefix.sha !== held.sha) return null;
  } catch {
    return null;
  }
  filesRead.set(held.records, { file, size: held.size, hash: held.hash });
  return held.records;
}

/**
 * Writes a run's records: appended to the records file `read` came from when that keeps superseded lines under half
 * of it (only the records not copied from it are written, after the part its header covered, then an end marker),
 * else staged whole in `staged`. Returns the records file's size and digest for the header.
 */
export function writeRecords(
  staged: StagedWrites,
  derivedDir: string,
  records: readonly PostRecord[],
  read: ReadonlyMap<string, PostRecord> | null,
): { sha: string; size: number } {
  const file = cachePaths(derivedDir).records;
  const from = read ? filesRead.get(read) : undefined;
  if (from?.file === file) {
    let kept = 0;
    const lines: string[] = [];
    const written: (PostRecord | null)[] = []; // the record each line holds (null for the end marker)
    for (const r of records) {
      const span = linesRead.get(r);
      if (span?.file === file) kept += span.end - span.start;
      else lines.push(recordLine(r)), written.push(r);
    }
    lines.push(END_LINE);
    written.push(null);
    const added = lines.reduce((n, l) => n + l.length, 0); // ASCII: a character is a byte
    if (from.size + added <= 2 * (kept + added)) {
      const hash = from.hash.copy();
      const fd = openSync(file, 'r+');
      try {
        ftruncateSync(fd, from.size);
        let at = from.size;
        for (const [i, line] of lines.entries()) {
          const bytes = Buffer.from(line, 'latin1');
          hash.update(bytes);
          for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, at + done);
          const record = written[i];
          if (record) linesRead.set(record, { file, start: at, end: at + bytes.length });
          at += bytes.length;
        }
      } finally {
        closeSync(fd);
      }
      const size = from.size + added;
      const state = hash.copy();
      const sha = hash.digest('hex');
      pending = { file, size, sha, hash: state, records: new Map(records.map((r) => [r.source_file, r])) };
      return { sha, size };
    }
  }
  pending = null;
  let size = 0;
  const counted = function* () {
    for (const c of recordChunks(records)) {
      size += c.length; // strings here are ASCII
      yield c;
    }
  };
  const sha = staged.stage(file, counted());
  return { sha, size };
}

/** Bytes read from the records file at a time. */
const READ_CHUNK = 8 << 20;

/**
 * The records file's lines: one per record in source_file order, then an end marker (a partial file has none). A
 * record read from the cache is copied byte for byte from the file it was read from (which stays in place until the
 * new one is renamed over it), in runs of neighbouring lines; only new records are encoded. The copies share one
 * buffer: each yielded buffer holds its bytes only until the next piece is asked for.
 */
export function* recordChunks(records: readonly PostRecord[]): Generator<string | Uint8Array> {
  const sorted = [...records].sort((a, b) => (a.source_file < b.source_file ? -1 : a.source_file > b.source_file ? 1 : 0));
  const spans = new SpanReader(COPY_RUN * 2);
  let run: { file: string; start: number; end: number } | null = null;
  const copy = (span: { file: string; start: number; end: number }): Uint8Array => spans.read(span.file, span.start, span.end);
  try {
    for (const r of sorted) {
      const span = linesRead.get(r);
      if (span && run && span.file === run.file && span.start === run.end && run.end - run.start < COPY_RUN) {
        run.end = span.end;
        continue;
      }
      if (run) yield copy(run);
      run = span ? { ...span } : null;
      if (!span) yield recordLine(r);
    }
    if (run) yield copy(run);
  } finally {
    spans.close();
  }
  yield END_LINE;
}

/** A record's line in the records file: ASCII JSON with its analysis packed. */
function recordLine(r: PostRecord): string {
  return asciiJson(JSON.stringify(r)) + '\n';
}

/** The records file's end marker: a file without one after its last record is partial. */
const END_LINE = '{"end":true}\n';

/** Bytes copied from the previous records file in one read, at most (about). */
const COPY_RUN = 4 << 20;

/**
 * `json` with every non-ASCII character written as a `\u` escape (JSON.parse reads it back the same). Such a line
 * decodes as latin1, several times faster than UTF-8, into a string of half the memory.
 */
export function asciiJson(json: string): string {
  return Buffer.byteLength(json) === json.length ? json : json.replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const NON_ASCII = /[\u0080-\uffff]/g;
