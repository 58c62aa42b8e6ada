/**
 * The export's secret gate: finds credentials in the files about to leave the machine. Three kinds of
 * detector, each reporting file, line, column and a masked preview:
 *   - the user's own secrets (from OS secret storage), matched exactly;
 *   - well-known token formats (JWT, AWS, GitHub, Slack, Google, Azure storage, PEM, bearer tokens);
 *   - JSON members whose name says "secret" or "sample" (clientSecret, x-ms-test-value, example,
 *     apiKey…) holding a value that is not a placeholder and looks like a real key.
 * It must stay silent on the certified corpus: a gate that cries wolf gets ignored.
 */
import { LineIndex } from '../text/line-index';
import { isPlaceholder, looksLikeRealKey, maskSecret } from './secret-values';

export type SecretKind =
  | 'known-secret'
  | 'oauth-client-secret'
  | 'sample-value'
  | 'jwt'
  | 'aws-access-key'
  | 'github-token'
  | 'slack-token'
  | 'google-api-key'
  | 'stripe-key'
  | 'azure-storage-key'
  | 'private-key'
  | 'bearer-token'
  | 'high-entropy-value';

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

/** Token formats with a recognisable shape; group 1 (when present) is the secret part. */
const TOKEN_PATTERNS: { kind: SecretKind; pattern: RegExp; mustLookRandom?: boolean }[] = [
  { kind: 'private-key', pattern: /-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----/g },
  { kind: 'jwt', pattern: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/g },
  { kind: 'aws-access-key', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { kind: 'github-token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{60,})\b/g },
  { kind: 'slack-token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g },
  { kind: 'google-api-key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { kind: 'stripe-key', pattern: /\b[sr]k_live_[0-9A-Za-z]{20,}\b/g },
  { kind: 'azure-storage-key', pattern: /AccountKey=([A-Za-z0-9+/]{40,}={0,2})/g },
  { kind: 'bearer-token', pattern: /\bBearer\s+([A-Za-z0-9\-._~+/]{20,}=*)/g, mustLookRandom: true },
];

const SAMPLE_KEYS = new Set(['x-ms-test-value', 'example', 'x-example', 'default']);
const SECRETISH_KEY = /(secret|password|passwd|pwd|api[-_]?key|access[-_]?key|private[-_]?key|token|credential)s?$/i;

/** Below this length a known secret would match ordinary words; such secrets are not searched for. */
const MIN_KNOWN_SECRET = 6;

export function scanForSecrets(files: readonly { name: string; text: string }[], knownSecrets: readonly string[]): SecretHit[] {
  const known = [...new Set(knownSecrets)].filter((s) => s.length >= MIN_KNOWN_SECRET);
  const hits: SecretHit[] = [];
  for (const file of files) {
    const raw = [...findKnown(file.text, known), ...findTokens(file.text), ...findMembers(file.text)];
    const byOffset = new Map<number, RawHit>();
    for (const hit of raw) if (!byOffset.has(hit.offset)) byOffset.set(hit.offset, hit);
    if (byOffset.size === 0) continue;
    const lines = new LineIndex(file.text);
    for (const hit of [...byOffset.values()].sort((a, b) => a.offset - b.offset)) {
      hits.push({ file: file.name, ...lines.position(hit.offset), kind: hit.kind, preview: maskSecret(hit.value) });
    }
  }
  return hits;
}

function findKnown(text: string, known: readonly string[]): RawHit[] {
  const hits: RawHit[] = [];
  for (const secret of known) {
    for (let at = text.indexOf(secret); at !== -1; at = text.indexOf(secret, at + secret.length)) {
      hits.push({ offset: at, kind: 'known-secret', value: secret });
    }
  }
  return hits;
}

function findTokens(text: string): RawHit[] {
  const hits: RawHit[] = [];
  for (const { kind, pattern, mustLookRandom } of TOKEN_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const value = match[1] ?? match[0];
      if (isPlaceholder(value) || (mustLookRandom && !looksLikeRealKey(value))) continue;
      hits.push({ offset: match.index + match[0].indexOf(value), kind, value });
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

/**
 * Finds `"name": "value"` members from their colons: a native indexOf walk over the colons, with the
 * name read backwards, costs a fraction of a regex trying every string of a 1 MB definition.
 */
function findMembers(text: string): RawHit[] {
  const hits: RawHit[] = [];
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    let before = colon - 1;
    while (before > 0 && isJsonSpace(text.charCodeAt(before))) before--;
    if (text.charCodeAt(before) !== 0x22) continue;
    let offset = colon + 1;
    while (offset < text.length && isJsonSpace(text.charCodeAt(offset))) offset++;
    if (text.charCodeAt(offset) !== 0x22) continue;
    const keyStart = text.lastIndexOf('"', before - 1);
    if (keyStart === -1) continue;
    const kind = memberKind(text.slice(keyStart + 1, before));
    if (kind === null) continue;
    offset += 1;
    const value = text.slice(offset, stringEnd(text, offset));
    const flagged = kind === 'oauth-client-secret' ? !isPlaceholder(value) : looksLikeRealKey(value);
    if (flagged) hits.push({ offset, kind, value });
  }
  return hits;
}
