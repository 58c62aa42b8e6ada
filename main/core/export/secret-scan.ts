/**
 * The export's secret gate: finds credentials in the files about to leave the machine. Three kinds of
 * detector, each reporting file, line, column and a masked preview:
 *   - the user's own secrets (from OS secret storage), matched exactly;
 *   - well-known token formats (text/secret-tokens.ts: JWT, AWS, GitHub, Slack, Google, Stripe, OpenAI, Azure
 *     storage, PEM, bearer tokens);
 *   - JSON members whose name says "secret" or "sample" (clientSecret, x-ms-test-value, example,
 *     apiKey…) holding a value that is not a placeholder and looks like a real key.
 * It must stay silent on the certified corpus: a gate that cries wolf gets ignored.
 */
import { isUtf8 } from 'node:buffer';
import { decodeText, startsWithBom, withoutBom } from '../text/encoding';
import { LineIndex } from '../text/line-index';
import { isPlaceholder, looksLikeRealKey, maskSecret } from '../text/secret-values';
import { findTokens, TOKEN_SHAPES, type TokenKind, type TokenShape } from '../text/secret-tokens';

export type SecretKind = 'known-secret' | 'oauth-client-secret' | 'sample-value' | TokenKind | 'high-entropy-value';

export interface SecretHit {
  file: string;
  line: number;
  column: number;
  kind: SecretKind;
  /** Masked: enough to find the value, never the whole secret. */
  preview: string;
}

interface RawHit {
  offset: number;
  kind: SecretKind;
  value: string;
}

/**
 * JavaScript's \s (ASCII white space, U+00A0, U+1680, U+2000-U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF)
 * spelled as the UTF-8 bytes of each, for a file scanned as its bytes (see ScanView). Only the bearer pattern has \s.
 */
export const SPACE_AS_UTF8_BYTES = '(?:[\\t\\n\\v\\f\\r ]|\\xC2\\xA0|\\xE1\\x9A\\x80|\\xE2\\x80[\\x80-\\x8A\\xA8\\xA9\\xAF]|\\xE2\\x81\\x9F|\\xE3\\x80\\x80|\\xEF\\xBB\\xBF)';
/** TOKEN_SHAPES for a file scanned as its bytes: the same, with the bearer pattern's \s as UTF-8 bytes. */
const BYTE_TOKEN_SHAPES: readonly TokenShape[] = TOKEN_SHAPES.map((token) =>
  token.kind === 'bearer-token' ? { ...token, pattern: new RegExp(token.pattern.source.replace('\\s+', `${SPACE_AS_UTF8_BYTES}+`), 'g') } : token,
);

const SAMPLE_KEYS = new Set(['x-ms-test-value', 'example', 'x-example', 'default']);
const SECRETISH_KEY = /(secret|password|passwd|pwd|api[-_]?key|access[-_]?key|private[-_]?key|token|credential)s?$/i;
/** The last words SECRETISH_KEY accepts (api-key, access_key… all end in "key"). */
const SECRETISH_WORDS = ['secret', 'password', 'passwd', 'pwd', 'key', 'token', 'credential'];
/**
 * The last three letters, lower-cased, of every name memberKind can accept: a name ending otherwise is
 * passed over after three charCodeAt reads, without slicing it out or running a regex on it.
 */
const NAME_ENDINGS = new Set(
  [...SECRETISH_WORDS.flatMap((word) => [word.slice(-3), `${word.slice(-2)}s`]), ...[...SAMPLE_KEYS].map((key) => key.slice(-3).toLowerCase())].map((ending) =>
    endingCode(ending.charCodeAt(0), ending.charCodeAt(1), ending.charCodeAt(2)),
  ),
);

/** Below this length a known secret would match ordinary words; such secrets are not searched for. */
const MIN_KNOWN_SECRET = 6;

/** The member walk over a big text is cut into ranges of this many characters, each a separate piece of work. */
const MEMBER_RANGE = 256 * 1024;

/** One detector over one text, or over a range of it. The scan of a text is a list of these, so a caller can pause between them. */
type Detector = () => RawHit[];

/** A file to scan: text, or the exact bytes of a connector file (scanned without decoding them, see ScanView). */
export type ScanFile = { name: string; text: string } | { name: string; bytes: Uint8Array };

/**
 * What the detectors read. A UTF-8 file is scanned as its bytes, one character per byte (latin1): a fraction of the
 * cost of decoding a megabyte to UTF-16, and every detector gives the same verdicts on it. Their patterns are ASCII
 * (bearer's \s is spelled out in UTF-8), and a multi-byte character, like any non-ASCII one, is neither a word
 * character nor in any of their classes. Values judged by character are decoded first, and offsets are turned back
 * into line and column of the decoded text for the few hits. Other files (bytes that are not UTF-8, decoded
 * byte-escaped) are scanned as their decoded text.
 */
interface ScanView {
  text: string;
  /** Set when `text` is bytes read as latin1. */
  bytes: boolean;
}

function viewOf(file: ScanFile): ScanView {
  if ('text' in file) return { text: file.text, bytes: false };
  const body = withoutBom(file.bytes);
  // decodeText drops a second byte-order mark too: such a file takes the decoded path.
  if (startsWithBom(body) || !isUtf8(body)) return { text: decodeText(file.bytes).text, bytes: false };
  return { text: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('latin1'), bytes: true };
}

/** Characters of a byte view back to the text they encode. */
function fromBytes(latin1: string): string {
  return /[^\x00-\x7f]/.test(latin1) ? Buffer.from(latin1, 'latin1').toString('utf8') : latin1;
}

/** A known secret as it appears in a byte view, or null if it cannot appear in decoded UTF-8 at all (a lone surrogate). */
function asBytes(secret: string): string | null {
  const bytes = Buffer.from(secret, 'utf8');
  return bytes.toString('utf8') === secret ? bytes.toString('latin1') : null;
}

function detectorsFor(view: ScanView, known: readonly string[]): Detector[] {
  const { text } = view;
  const decode = view.bytes ? fromBytes : (value: string) => value;
  const searched = view.bytes ? known.flatMap((secret) => { const inBytes = asBytes(secret); return inBytes === null ? [] : [{ secret, inBytes }]; }) : known.map((secret) => ({ secret, inBytes: secret }));
  const members: Detector[] = [];
  for (let from = 0; from === 0 || from < text.length; from += MEMBER_RANGE) members.push(() => findMembers(text, decode, from, from + MEMBER_RANGE));
  return [
    () => findKnown(text, searched),
    ...(view.bytes ? BYTE_TOKEN_SHAPES : TOKEN_SHAPES).map((token): Detector => () => findTokens(text, token)),
    ...members,
  ];
}

function usableKnownSecrets(knownSecrets: readonly string[]): string[] {
  return [...new Set(knownSecrets)].filter((s) => s.length >= MIN_KNOWN_SECRET);
}

/** Hits of one file, in text order; where two detectors report the same offset the first one wins. */
function fileHits(name: string, view: ScanView, raw: RawHit[]): SecretHit[] {
  const byOffset = new Map<number, RawHit>();
  for (const hit of raw) if (!byOffset.has(hit.offset)) byOffset.set(hit.offset, hit);
  if (byOffset.size === 0) return [];
  const lines = new LineIndex(view.text);
  const position = (offset: number) => {
    const { line, column } = lines.position(offset);
    // In a byte view the column counts bytes: count the decoded characters before the hit instead.
    return view.bytes ? { line, column: fromBytes(view.text.slice(offset - column + 1, offset)).length + 1 } : { line, column };
  };
  return [...byOffset.values()]
    .sort((a, b) => a.offset - b.offset)
    .map((hit) => ({ file: name, ...position(hit.offset), kind: hit.kind, preview: maskSecret(hit.value) }));
}

export function scanForSecrets(files: readonly ScanFile[], knownSecrets: readonly string[]): SecretHit[] {
  const known = usableKnownSecrets(knownSecrets);
  return files.flatMap((file) => {
    const view = viewOf(file);
    return fileHits(file.name, view, detectorsFor(view, known).flatMap((detect) => detect()));
  });
}

/**
 * The same scan with the same result, awaiting `pause` after each detector: the export runs it while
 * the zip compresses on the thread pool, and zlib needs this thread back between its chunks.
 */
export async function scanForSecretsInSlices(files: readonly ScanFile[], knownSecrets: readonly string[], pause: () => Promise<void>): Promise<SecretHit[]> {
  const known = usableKnownSecrets(knownSecrets);
  const hits: SecretHit[] = [];
  for (const file of files) {
    const view = viewOf(file);
    const raw: RawHit[] = [];
    for (const detect of detectorsFor(view, known)) {
      raw.push(...detect());
      await pause();
    }
    hits.push(...fileHits(file.name, view, raw));
  }
  return hits;
}

/** `inBytes`: the secret as the scanned text spells it (itself, or its UTF-8 bytes in a byte view). */
function findKnown(text: string, known: readonly { secret: string; inBytes: string }[]): RawHit[] {
  const hits: RawHit[] = [];
  for (const { secret, inBytes } of known) {
    for (let at = text.indexOf(inBytes); at !== -1; at = text.indexOf(inBytes, at + inBytes.length)) {
      hits.push({ offset: at, kind: 'known-secret', value: secret });
    }
  }
  return hits;
}

type MemberKind = 'oauth-client-secret' | 'sample-value' | 'high-entropy-value';

function memberKind(key: string): MemberKind | null {
  if (SAMPLE_KEYS.has(key)) return 'sample-value';
  if (!SECRETISH_KEY.test(key)) return null;
  return /^client_?secret$/i.test(key) ? 'oauth-client-secret' : 'high-entropy-value';
}

/** The end of the string starting at `start` (the index of its closing quote, or of the line end). */
function stringEnd(text: string, start: number): number {
  let at = start;
  while (at < text.length) {
    const ch = text.charCodeAt(at);
    if (ch === 0x22 /* " */ || ch === 0x0a) return at;
    at += ch === 0x5c /* \ */ ? 2 : 1;
  }
  return text.length;
}

function isJsonSpace(ch: number): boolean {
  return ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d;
}

/** The three characters as one number, ASCII letters lower-cased; -1 when one is not ASCII (no name ending has such). */
function endingCode(a: number, b: number, c: number): number {
  if ((a | b | c) >= 0x80) return -1;
  // | 0x20 lower-cases A-Z and turns no other ASCII character into a letter.
  return ((a | 0x20) << 16) | ((b | 0x20) << 8) | (c | 0x20);
}

/**
 * Finds `"name": "value"` members from their colons in [from, to): a native indexOf walk over the
 * colons, with the name's ending checked in place and the name read backwards only when that ending
 * could be a secret's, costs a fraction of a regex trying every string of a 1 MB definition.
 */
function findMembers(text: string, decode: (value: string) => string, from = 0, to = text.length): RawHit[] {
  const hits: RawHit[] = [];
  for (let colon = text.indexOf(':', from); colon !== -1 && colon < to; colon = text.indexOf(':', colon + 1)) {
    let before = colon - 1;
    while (before > 0 && isJsonSpace(text.charCodeAt(before))) before--;
    if (text.charCodeAt(before) !== 0x22) continue;
    let offset = colon + 1;
    while (offset < text.length && isJsonSpace(text.charCodeAt(offset))) offset++;
    if (text.charCodeAt(offset) !== 0x22) continue;
    // A name shorter than three characters reads its own opening quote here, which no ending has.
    if (before < 3 || !NAME_ENDINGS.has(endingCode(text.charCodeAt(before - 3), text.charCodeAt(before - 2), text.charCodeAt(before - 1)))) continue;
    const keyStart = text.lastIndexOf('"', before - 1);
    if (keyStart === -1) continue;
    const kind = memberKind(text.slice(keyStart + 1, before));
    if (kind === null) continue;
    offset += 1;
    const value = decode(text.slice(offset, stringEnd(text, offset)));
    const flagged = kind === 'oauth-client-secret' ? !isPlaceholder(value) : looksLikeRealKey(value);
    if (flagged) hits.push({ offset, kind, value });
  }
  return hits;
}
