/**
 * Lossless text decoding for project files.
 *
 * Real connectors arrive with a UTF-8 BOM, CRLF line ends and, now and then, bytes that are not UTF-8
 * (a Windows-1252 "é" pasted into a description). We must show them as text AND write back the exact
 * bytes when the user did not touch them. Invalid bytes are therefore decoded "surrogate-escaped"
 * (byte 0xXY -> lone U+DCXY, as Python does) and encoded back to the same byte: decode/encode are
 * exact inverses, so an unedited file saves byte-identical.
 */

export interface DecodedText {
  text: string;
  /** The file started with a UTF-8 byte-order mark (kept on save). */
  bom: boolean;
  /** Positions (0-based offsets into `text`) of bytes that were not valid UTF-8. */
  invalidBytes: { offset: number; byte: number }[];
}

const BOM = [0xef, 0xbb, 0xbf];
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/** The bytes start with a UTF-8 byte-order mark. */
export function startsWithBom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2];
}

/** The bytes after a leading byte-order mark (the bytes themselves when there is none). */
export function withoutBom(bytes: Uint8Array): Uint8Array {
  return startsWithBom(bytes) ? bytes.subarray(3) : bytes;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = startsWithBom(bytes);
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: strictDecoder.decode(body), bom, invalidBytes: [] };
  } catch {
    return decodeEscaped(body, bom);
  }
}

/** Slow path, only for files with invalid UTF-8: decode sequence by sequence. */
function decodeEscaped(bytes: Uint8Array, bom: boolean): DecodedText {
  const parts: string[] = [];
  const invalidBytes: { offset: number; byte: number }[] = [];
  let textLength = 0;
  let i = 0;
  let runStart = 0;
  const flushRun = (end: number) => {
    if (end > runStart) {
      const run = strictDecoder.decode(bytes.subarray(runStart, end));
      parts.push(run);
      textLength += run.length;
    }
  };
  while (i < bytes.length) {
    const length = validSequenceLength(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    flushRun(i);
    invalidBytes.push({ offset: textLength, byte: bytes[i] });
    parts.push(String.fromCharCode(0xdc00 + bytes[i]));
    textLength += 1;
    i += 1;
    runStart = i;
  }
  flushRun(i);
  return { text: parts.join(''), bom, invalidBytes };
}

/** Length of the well-formed UTF-8 sequence at `i`, or 0 (RFC 3629 table 3-7). */
function validSequenceLength(b: Uint8Array, i: number): number {
  const b0 = b[i];
  if (b0 < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b0 >= 0xe1 && b0 <= 0xec) || b0 === 0xee || b0 === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

const encoder = new TextEncoder();

/** Inverse of decodeText: lone U+DC80..U+DCFF go back to their original byte. */
export function encodeText(text: string, bom: boolean): Uint8Array {
  const hasEscapes = /[\udc80-\udcff]/.test(text);
  const body = hasEscapes ? encodeEscaped(text) : encoder.encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set(BOM, 0);
  out.set(body, 3);
  return out;
}

function encodeEscaped(text: string): Uint8Array {
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A lone low surrogate (not preceded by a high surrogate) in the escape range.
    const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
    if (code >= 0xdc80 && code <= 0xdcff && !(prev >= 0xd800 && prev <= 0xdbff)) {
      chunks.push(encoder.encode(text.slice(start, i)), Uint8Array.of(code - 0xdc00));
      start = i + 1;
    }
  }
  chunks.push(encoder.encode(text.slice(start)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
