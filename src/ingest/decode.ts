import type { Diagnostics } from '../diagnostics.ts';
import { ingestByteOrderMark, ingestCrlf, ingestNotUtf8 } from '../messages/ingest.ts';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * Returns the file's text with LF line ends and no byte order mark. Bytes that are not UTF-8 are decoded as
 * U+FFFD (only those, the rest of the file stays intact) with a warning at the first bad byte.
 */
export function decodeText(bytes: Uint8Array, file: string, diag: Diagnostics): string {
  let body = bytes;
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) {
    diag.report(file, 1, 1, ingestByteOrderMark());
    body = body.subarray(3);
  }
  let text: string;
  try {
    text = strict.decode(body);
  } catch {
    const bad = firstInvalidUtf8(body);
    const { line, column } = bytePosition(body, bad);
    diag.report(file, line, column, ingestNotUtf8(body[bad] ?? 0));
    text = lenient.decode(body);
  }
  const cr = text.indexOf('\r');
  if (cr >= 0) {
    diag.report(file, lineOfOffset(text, cr), 1, ingestCrlf());
    text = text.replace(/\r\n?/g, '\n');
  }
  return text;
}

/** Returns the index of the first byte that breaks UTF-8, or -1 when all is valid. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let extra: number;
    if (c < 0x80) extra = 0;
    else if (c >= 0xc2 && c <= 0xdf) extra = 1;
    else if (c >= 0xe0 && c <= 0xef) extra = 2;
    else if (c >= 0xf0 && c <= 0xf4) extra = 3;
    else return i;
    for (let k = 1; k <= extra; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    const next = b[i + 1] ?? 0;
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF.
    if ((c === 0xe0 && next < 0xa0) || (c === 0xed && next > 0x9f) || (c === 0xf0 && next < 0x90) || (c === 0xf4 && next > 0x8f)) return i;
    i += extra + 1;
  }
  return -1;
}

function bytePosition(b: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (b[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
