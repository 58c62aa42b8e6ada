/**
 * What the export needs from the definition: its info section (title and support contact, for the
 * submission sheet) and how many named schemas it defines (the platform's 512 limit). A full JSON.parse
 * of a 1 MB definition builds tens of thousands of objects only to read those two; this walks the bytes
 * once instead, checking the whole document against the JSON grammar as it goes, and JSON.parses just
 * the info value. Anything it does not vouch for (not UTF-8, not an object at the top, any grammar
 * error, a second BOM) answers null, and the caller falls back to the full, tolerant parse: both paths
 * give the same facts for every input.
 */
import { isUtf8 } from 'node:buffer';
import { isObject } from '../model/operations';
import { withoutBom } from '../text/encoding';

export interface SwaggerFacts {
  /** The document's `info` value, as JSON.parse gives it (undefined when absent). */
  info: unknown;
  /** Keys of the `definitions` object (0 when it is absent or not an object). */
  schemaCount: number;
}

/** From a parsed document. Named schemas: the definitions section is what the platform's schema count is about. */
export function factsFromDocument(swagger: unknown): SwaggerFacts {
  return {
    info: isObject(swagger) ? swagger.info : undefined,
    schemaCount: isObject(swagger) && isObject(swagger.definitions) ? Object.keys(swagger.definitions).length : 0,
  };
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
// ignoreBOM: a key may itself start with U+FEFF, which must stay.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

function isDigit(byte: number): boolean {
  return byte >= 0x30 && byte <= 0x39;
}

function isHex(byte: number): boolean {
  return isDigit(byte) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66);
}

/** 1 for the bytes that end a run of plain string content: `"`, `\\` and the control characters. */
const STRING_STOP = new Uint8Array(256);
for (let byte = 0; byte < 0x20; byte++) STRING_STOP[byte] = 1;
STRING_STOP[QUOTE] = 1;
STRING_STOP[BACKSLASH] = 1;

/** A string starting at its opening quote: the index after its closing quote, or -1 if it breaks the grammar. */
function skipString(b: Uint8Array, at: number): number {
  let i = at + 1;
  while (i < b.length) {
    // Plain content in one tight loop (past the end, b[i] is undefined and stops it as 0 would not).
    while (STRING_STOP[b[i]] === 0) i++;
    if (i >= b.length) return -1;
    const byte = b[i];
    if (byte === QUOTE) return i + 1;
    if (byte < 0x20) return -1;
    if (byte === BACKSLASH) {
      const escaped = b[i + 1];
      if (escaped === 0x75 /* u */) {
        if (!(isHex(b[i + 2]) && isHex(b[i + 3]) && isHex(b[i + 4]) && isHex(b[i + 5]))) return -1;
        i += 6;
        continue;
      }
      // " \ / b f n r t
      if (escaped !== QUOTE && escaped !== BACKSLASH && escaped !== 0x2f && escaped !== 0x62 && escaped !== 0x66 && escaped !== 0x6e && escaped !== 0x72 && escaped !== 0x74) return -1;
      i += 2;
      continue;
    }
    i++;
  }
  return -1;
}

/** -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? from `at`: the index after it, or -1. */
function skipNumber(b: Uint8Array, at: number): number {
  let i = at;
  if (b[i] === 0x2d) i++;
  if (b[i] === 0x30) i++;
  else if (isDigit(b[i])) while (isDigit(b[i])) i++;
  else return -1;
  if (b[i] === 0x2e) {
    i++;
    if (!isDigit(b[i])) return -1;
    while (isDigit(b[i])) i++;
  }
  if (b[i] === 0x65 || b[i] === 0x45) {
    i++;
    if (b[i] === 0x2b || b[i] === 0x2d) i++;
    if (!isDigit(b[i])) return -1;
    while (isDigit(b[i])) i++;
  }
  return i;
}

function skipLiteral(b: Uint8Array, at: number, word: string): number {
  for (let k = 0; k < word.length; k++) if (b[at + k] !== word.charCodeAt(k)) return -1;
  return at + word.length;
}

/** A key's value as JSON.parse would give it (escapes resolved). */
function keyText(b: Uint8Array, start: number, end: number): string {
  const raw = utf8.decode(b.subarray(start + 1, end - 1));
  return b.subarray(start, end).includes(BACKSLASH) ? (JSON.parse(`"${raw}"`) as string) : raw;
}

/**
 * The facts, from the definition's exact bytes, or null to ask for the full parse. A leading UTF-8 BOM
 * is skipped as decodeText does; the rest must be UTF-8 and one JSON object, nothing after it.
 */
export function scanSwaggerFacts(bytes: Uint8Array): SwaggerFacts | null {
  const b = withoutBom(bytes);
  // Invalid UTF-8 is decoded byte-escaped for the full parse; a second BOM is left to it as well.
  if (!isUtf8(b)) return null;

  let i = 0;
  while (isSpace(b[i])) i++;
  if (b[i] !== 0x7b /* { */) return null;

  // Containers open from the top: true for an object, false for an array.
  const stack: boolean[] = [];
  // Top-level member being read: its key (decoded only when it could matter) and where its value starts.
  let topKey: string | null = null;
  let topValueStart = -1;
  let infoSpan: [number, number] | null = null;
  // The keys of the last top-level "definitions", or null when its value is not an object.
  let definitions: Set<string> | null = null;
  let readingDefinitions = false;

  /** Called when a value ends at `end` and the container it was in is now on top of the stack. */
  const valueEnded = (end: number) => {
    if (stack.length !== 1 || topKey === null) return;
    if (topKey === 'info') infoSpan = [topValueStart, end];
    topKey = null;
    readingDefinitions = false;
  };

  // What may come next: a value (after `:`, `[` or `,` in an array), a key (after `{` or `,` in an
  // object), or `,` / the container's close (after a value).
  let mode: 'value' | 'key' | 'after' = 'value';
  for (;;) {
    while (isSpace(b[i])) i++;
    if (i >= b.length) return null;
    const byte = b[i];

    if (mode === 'key') {
      if (byte !== QUOTE) return null;
      const end = skipString(b, i);
      if (end === -1) return null;
      if (stack.length === 1) {
        topKey = keyText(b, i, end);
        readingDefinitions = topKey === 'definitions';
        if (readingDefinitions) definitions = null;
      } else if (stack.length === 2 && readingDefinitions && definitions !== null) {
        definitions.add(keyText(b, i, end));
      }
      i = end;
      while (isSpace(b[i])) i++;
      if (b[i] !== 0x3a /* : */) return null;
      i++;
      while (isSpace(b[i])) i++;
      if (stack.length === 1) topValueStart = i;
      mode = 'value';
      continue;
    }

    if (mode === 'value') {
      if (byte === 0x7b /* { */ || byte === 0x5b /* [ */) {
        const object = byte === 0x7b;
        if (object && stack.length === 1 && readingDefinitions) definitions = new Set();
        stack.push(object);
        i++;
        while (isSpace(b[i])) i++;
        if (b[i] === (object ? 0x7d : 0x5d)) {
          // Empty: closed at once.
          stack.pop();
          i++;
          if (stack.length === 0) break;
          valueEnded(i);
          mode = 'after';
        } else {
          mode = object ? 'key' : 'value';
        }
        continue;
      }
      let end: number;
      if (byte === QUOTE) end = skipString(b, i);
      else if (byte === 0x74) end = skipLiteral(b, i, 'true');
      else if (byte === 0x66) end = skipLiteral(b, i, 'false');
      else if (byte === 0x6e) end = skipLiteral(b, i, 'null');
      else end = skipNumber(b, i);
      if (end === -1) return null;
      i = end;
      valueEnded(i);
      mode = 'after';
      continue;
    }

    const inObject = stack[stack.length - 1];
    if (byte === 0x2c /* , */) {
      i++;
      mode = inObject ? 'key' : 'value';
      continue;
    }
    if (byte !== (inObject ? 0x7d : 0x5d)) return null;
    stack.pop();
    i++;
    if (stack.length === 0) break;
    valueEnded(i);
  }
  while (isSpace(b[i])) i++;
  if (i !== b.length) return null;

  const span = infoSpan as [number, number] | null;
  return {
    info: span === null ? undefined : JSON.parse(utf8.decode(b.subarray(span[0], span[1]))),
    schemaCount: definitions === null ? 0 : (definitions as Set<string>).size,
  };
}
