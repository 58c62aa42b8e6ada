/**
 * The shapes of well-known credentials, in one list for every check that looks for them: the certification
 * rule no-secrets (sample values in the definition) and the export's secret gate (every file leaving the
 * machine). Tuned to stay silent on the 93 certified corpus connectors: a gate that cries wolf gets ignored.
 */
import { isPlaceholder, looksLikeRealKey } from './secret-values';

export type TokenKind =
  | 'private-key'
  | 'jwt'
  | 'aws-access-key'
  | 'github-token'
  | 'slack-token'
  | 'google-api-key'
  | 'stripe-key'
  | 'openai-key'
  | 'azure-storage-key'
  | 'bearer-token';

/**
 * A token format; group 1 (when present) is the secret part. `anchors`, when given, are literals of which every
 * match contains at least one, no further than `lead` characters after the match starts: a native indexOf for
 * them is far cheaper than the regex, which then runs only from the first anchor on (or not at all): no regex and
 * no copy of it for the many texts (sample values) that hold none. `mustLookRandom`: the match is only a secret when its
 * value looks like a real key (looksLikeRealKey), for shapes that ordinary text could take.
 */
export interface TokenShape {
  kind: TokenKind;
  /** Global: callers search with a copy (findTokens), never leaving this one's lastIndex mid-text. */
  pattern: RegExp;
  anchors?: string[];
  lead?: number;
  mustLookRandom?: boolean;
  firstCandidate?: (text: string) => number;
}

export const TOKEN_SHAPES: readonly TokenShape[] = [
  { kind: 'private-key', pattern: /-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----/g, anchors: ['-----BEGIN '], lead: 0 },
  { kind: 'jwt', pattern: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/g, anchors: ['yJ'], lead: 1 },
  { kind: 'aws-access-key', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, anchors: ['IA'], lead: 2 },
  { kind: 'github-token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{60,})\b/g, firstCandidate: firstGithubPrefix },
  { kind: 'slack-token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g, anchors: ['xox'], lead: 0 },
  { kind: 'google-api-key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g, anchors: ['AIza'], lead: 0 },
  { kind: 'stripe-key', pattern: /\b[sr]k_live_[0-9A-Za-z]{20,}\b/g, anchors: ['_live_'], lead: 2 },
  { kind: 'openai-key', pattern: /\bsk-[A-Za-z0-9_-]{32,}/g, anchors: ['sk-'], lead: 0, mustLookRandom: true },
  { kind: 'azure-storage-key', pattern: /AccountKey=([A-Za-z0-9+/]{40,}={0,2})/g, anchors: ['AccountKey='], lead: 0 },
  { kind: 'bearer-token', pattern: /\bBearer\s+([A-Za-z0-9\-._~+/]{20,}=*)/g, anchors: ['Bearer'], lead: 0, mustLookRandom: true },
];

/** The shortest text any shape can match (an xox… Slack token): shorter strings need no search. */
export const SHORTEST_TOKEN = 15;

export interface TokenHit {
  offset: number;
  kind: TokenKind;
  /** The secret part of the match. */
  value: string;
}

/** Every match of one shape in a text that is not a placeholder (and, where the shape asks, looks random). */
export function findTokens(text: string, { kind, pattern, anchors, lead = 0, mustLookRandom, firstCandidate }: TokenShape): TokenHit[] {
  const hits: TokenHit[] = [];
  const start = firstCandidate ? firstCandidate(text) : searchStart(text, anchors, lead);
  if (start === -1) return hits;
  // A copy, so the shared pattern's lastIndex is never left mid-text; \b still sees the character before `start`.
  const search = new RegExp(pattern);
  search.lastIndex = start;
  for (let match = search.exec(text); match !== null; match = search.exec(text)) {
    const value = match[1] ?? match[0];
    if (isPlaceholder(value) || (mustLookRandom && !looksLikeRealKey(value))) continue;
    hits.push({ offset: match.index + match[0].indexOf(value), kind, value });
  }
  return hits;
}

/** The first token any shape finds in a short text (a sample value), or undefined. */
export function firstToken(text: string): TokenHit | undefined {
  if (text.length < SHORTEST_TOKEN) return undefined;
  for (const shape of TOKEN_SHAPES) {
    const [hit] = findTokens(text, shape);
    if (hit) return hit;
  }
  return undefined;
}

/** Where the regex must start: no match can begin before the first anchor minus its lead; -1 when none occurs. */
function searchStart(text: string, anchors: readonly string[] | undefined, lead: number): number {
  if (!anchors) return 0;
  let first = -1;
  for (const anchor of anchors) {
    const at = text.indexOf(anchor);
    if (at !== -1 && (first === -1 || at < first)) first = at;
  }
  return first === -1 ? -1 : Math.max(0, first - lead);
}

/** The first "ghp_", "gho_", "ghu_", "ghs_", "ghr_" (a walk over the few "gh" in a text) or "github_pat_". */
function firstGithubPrefix(text: string): number {
  // "_pat_" rather than "github_pat_": an indexOf is far quicker when the pattern's first character is rare.
  const pat = text.indexOf('_pat_');
  let first = pat === -1 ? -1 : Math.max(0, pat - 'github'.length);
  for (let at = text.indexOf('gh'); at !== -1 && (first === -1 || at < first); at = text.indexOf('gh', at + 1)) {
    if (text.charCodeAt(at + 3) === 0x5f /* _ */ && 'pousr'.includes(text.charAt(at + 2))) first = at;
  }
  return first;
}
