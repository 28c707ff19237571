/** The run's input files: each read and hashed, since staleness is decided by content alone, never by file times. */
import path from 'node:path';
import { ingestUnreadable } from '../src/messages/ingest.ts';
import type { Diagnostic } from '../src/schema/diagnostic.ts';
import { digestBytes } from './fs-io.ts';

/** An input file: its path under `--input`, its name in the records and diagnostics, and its content digest. */
export interface InputFile {
  rel: string;
  sourceFile: string;
  digest: string;
}

/**
 * Returns the digest of each of `files` (paths under `dir`), a positioned diagnostic for each file that cannot be
 * read, and the bytes read in all.
 */
export function digestInputs(dir: string, files: readonly string[]): { inputs: InputFile[]; unreadable: Diagnostic[]; bytes: number } {
  const unreadable: Diagnostic[] = [];
  let bytes = 0;
  const inputs = files.flatMap((rel) => {
    const sourceFile = path.join(dir, rel).split(path.sep).join('/');
    try {
      const { sha, size } = digestBytes(path.join(dir, rel));
      bytes += size;
      return [{ rel, sourceFile, digest: sha }];
    } catch (e) {
      unreadable.push({ file: sourceFile, line: 0, column: 0, ...ingestUnreadable((e as NodeJS.ErrnoException).code ?? String(e)) });
      return [];
    }
  });
  return { inputs, unreadable, bytes };
}
