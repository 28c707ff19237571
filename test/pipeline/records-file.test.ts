import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { asciiJson, cachePaths, readManifestHeader, readRecords, recordChunks } from '../../pipeline/manifest.ts';
import { ROOT, runQuiet, tempWorkspace } from './helpers.ts';

describe('the records file', () => {
  it('escapes every non-ASCII character and reads back the same values', () => {
    for (const value of ['café', 'naïve — “quoted”', 'emoji 💪 and 中文', 'lone \ud800 surrogate', 'plain']) {
      const line = asciiJson(JSON.stringify({ value }));
      expect(Buffer.byteLength(line)).toBe(line.length);
      expect(JSON.parse(line)).toEqual({ value });
    }
  });

  it('holds non-ASCII comments as ASCII lines and reads them whatever the chunk size', async () => {
    const ws = tempWorkspace(path.join(ROOT, 'data/raw'));
    const file = path.join(ws.input, '2024/05/accents/index.md');
    mkdirSync(path.dirname(file), { recursive: true });
    const text = 'Ça m’a aidé: magnésium 💪 before bed, and “foam rolling” too — 中文 works.';
    writeFileSync(file, `---\ntitle: "Accents"\npubDate: 2024-05-01T10:00:00.000Z\nauthor: "MAS"\ncommentCount: 1\n---\n\nBody.\n\n---\n\n## Comments\n\n### Zoë\n*May 2 at 2024 at 9:00 AM*\n\n${text}\n\n---\n`);
    await runQuiet({ input: ws.input, derived: ws.derived, report: ws.report });
    const bytes = readFileSync(cachePaths(ws.derived).records);
    expect(bytes.every((b) => b < 0x80)).toBe(true);
    const header = readManifestHeader(ws.derived)!;
    const whole = await readRecords(ws.derived, header);
    expect(whole).not.toBeNull();
    const record = [...whole!.values()].find((r) => r.source_file.endsWith('accents/index.md'))!;
    expect(record.comments[0]!.text).toBe(text);
    expect(record.comments[0]!.author).toBe('Zoë');
    // Lines that run across reads (tiny chunks) give the same records.
    for (const size of [7, 4096]) {
      const records = await readRecords(ws.derived, header, size);
      expect(records).toEqual(whole);
      // Each record keeps its line's byte span: rewriting copies the lines back byte for byte.
      const pieces: Buffer[] = [];
      for (const c of recordChunks([...records!.values()])) pieces.push(Buffer.from(c)); // copied: the pieces share a buffer
      const rewritten = Buffer.concat(pieces);
      expect(rewritten.equals(bytes)).toBe(true);
    }
  });
});
