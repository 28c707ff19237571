import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachePaths, readManifestHeader } from '../../pipeline/manifest.ts';
import { asciiJson, readRecords, recordChunks } from '../../pipeline/records-file.ts';
import type { PostRecord } from '../../src/analyze/post-record.ts';
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

  it("takes a rerun's changed records as appended lines, which the previous header does not see, and rewrites it once they would make up most of it", async () => {
    const ws = tempWorkspace(path.join(ROOT, 'data/raw'));
    try {
      const opts = { input: ws.input, derived: ws.derived, report: ws.report };
      const posts = (readdirSync(ws.input, { recursive: true }) as string[]).filter((f) => f.endsWith('.md')).sort();
      const append = (rel: string, text: string) => {
        const file = path.join(ws.input, rel);
        writeFileSync(file, readFileSync(file, 'utf8').trimEnd() + `\n\n### Newcomer\n*March 3 at 2025 at 9:15 AM*\n\n${text}\n\n---\n`);
      };
      const texts = (records: Map<string, PostRecord> | null) => [...records!.values()].map((r) => r.comments.map((c) => c.text).join('|')).sort();
      await runQuiet(opts);
      const file = cachePaths(ws.derived).records;
      const first = readFileSync(file);
      const firstHeader = readManifestHeader(ws.derived)!;
      const before = await readRecords(ws.derived, firstHeader);

      append(posts[1]!, 'Magnesium helped.');
      await runQuiet(opts);
      const second = readFileSync(file);
      // The previous file is a prefix of the new one: only the changed post's line and an end marker were added.
      expect(second.subarray(0, first.length).equals(first)).toBe(true);
      expect(second.toString('latin1').slice(first.length).trimEnd().split('\n')).toHaveLength(2);
      // The previous header still reads what it read; the new one reads the changed post.
      expect(await readRecords(ws.derived, firstHeader)).toEqual(before);
      const after = await readRecords(ws.derived, readManifestHeader(ws.derived)!);
      expect(texts(after).join()).toContain('Magnesium helped.');
      expect(after!.size).toBe(before!.size);

      // A torn write after the header's part (a run killed while appending) is cut off by the next run.
      writeFileSync(file, Buffer.concat([second, Buffer.from('{"source_file":"torn')]));
      append(posts[2]!, 'Ice helped.');
      await runQuiet(opts);
      const third = await readRecords(ws.derived, readManifestHeader(ws.derived)!);
      expect(texts(third).join()).toContain('Ice helped.');
      expect(readFileSync(file).includes('torn')).toBe(false);

      // Changing every post makes the superseded lines most of the file: it is rewritten with one line per post.
      for (const rel of posts) append(rel, 'Walking helped.');
      await runQuiet(opts);
      expect(readFileSync(file, 'latin1').trimEnd().split('\n')).toHaveLength(posts.length + 1);
      const withComments = posts.filter((rel) => readFileSync(path.join(ws.input, rel), 'utf8').includes('\n## Comments')).length;
      expect(texts(await readRecords(ws.derived, readManifestHeader(ws.derived)!)).filter((t) => t.includes('Walking helped.'))).toHaveLength(withComments);
    } finally {
      rmSync(ws.dir, { recursive: true, force: true });
    }
  });
});
