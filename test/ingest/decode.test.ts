import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.ts';
import { decodeText, firstInvalidUtf8 } from '../../src/ingest/decode.ts';
import { ingestByteOrderMark, ingestCrlf, ingestNotUtf8 } from '../../src/messages/ingest.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('drops a byte order mark with an info note', () => {
    const diag = new Diagnostics();
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('a\nb')]), 'f.md', diag)).toBe('a\nb');
    expect(diag.items).toEqual([{ file: 'f.md', line: 1, column: 1, ...ingestByteOrderMark() }]);
  });
  it('turns CRLF and lone CR into LF, noting the first line', () => {
    const diag = new Diagnostics();
    expect(decodeText(bytes('a\nb\r\nc\rd'), 'f.md', diag)).toBe('a\nb\nc\nd');
    expect(diag.items).toEqual([{ file: 'f.md', line: 2, column: 1, ...ingestCrlf() }]);
  });
  it('replaces bytes that are not UTF-8 and warns at the first one', () => {
    const diag = new Diagnostics();
    const text = decodeText(new Uint8Array([...bytes('ok\nCaf'), 0xe9, ...bytes(' é')]), 'f.md', diag);
    expect(text).toBe('ok\nCaf\uFFFD é');
    expect(diag.items).toEqual([{ file: 'f.md', line: 2, column: 4, ...ingestNotUtf8(0xe9) }]);
  });
  it('is silent on clean UTF-8', () => {
    const diag = new Diagnostics();
    expect(decodeText(bytes('héllo — ok'), 'f.md', diag)).toBe('héllo — ok');
    expect(diag.items).toEqual([]);
  });
});

describe('firstInvalidUtf8', () => {
  it('finds a truncated sequence', () => {
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xe2, 0x80]))).toBe(1);
  });
  it('rejects an overlong encoding', () => {
    expect(firstInvalidUtf8(new Uint8Array([0xc0, 0xaf]))).toBe(0);
  });
  it('rejects an encoded surrogate', () => {
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xed, 0xa0, 0x80]))).toBe(1);
  });
  it('accepts four-byte characters', () => {
    expect(firstInvalidUtf8(bytes('a😀b'))).toBe(-1);
  });
});
