/**
 * Judging a single string: is it an obvious placeholder, or does it look like a real key? Shared by the
 * secret scanner's detectors. Tuned on the 93 corpus connectors, which write placeholders as
 * "{{ client id }}", "<<Enter client id>>", "YOUR_CLIENT_SECRET", "[[DUMMY]]", "xxxxxxxx", "*****" or "".
 */

const PLACEHOLDER_WORDS =
  /your|placeholder|dummy|example|sample|replace|enter|insert|secret|client[_ -]?id|changeme|redacted|fake|xxxx|\*\*\*|\.\.\.|todo|tbd/i;

export function isPlaceholder(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed === '') return true;
  if (/^(.)\1*$/.test(trimmed)) return true; // "*****", "xxxxxxxx", "0000"
  if (/[{}<>[\]]/.test(trimmed)) return true; // {{ client id }}, <CLIENT-ID>, [YOUR_ID]
  if (/@(connectionParameters|environmentVariables)\(/i.test(trimmed)) return true;
  return PLACEHOLDER_WORDS.test(trimmed);
}

/** Bits of Shannon entropy per character. */
export function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A long, random-looking token of key characters: letters AND digits, no spaces, not a URL or a GUID
 * (GUIDs in examples are record and tenant ids). Real keys are 20+ characters of base64, hex or base62.
 */
export function looksLikeRealKey(value: string): boolean {
  if (value.length < 20 || value.length > 512) return false;
  if (!/^[A-Za-z0-9+/=_\-.~]+$/.test(value)) return false;
  if (!/[0-9]/.test(value) || !/[A-Za-z]/.test(value)) return false;
  if (GUID.test(value) || value.includes('//') || isPlaceholder(value)) return false;
  // Dotted or dashed words ("api.v2.example-host") are names, not keys: keys have long unbroken runs.
  if (!/[A-Za-z0-9+/=]{16,}/.test(value)) return false;
  return entropy(value) >= 3.5;
}

/** Enough to recognise the value in the file, never the whole secret. */
export function maskSecret(value: string): string {
  const shown = value.length >= 12 ? value.slice(0, 4) : '';
  return `${shown}${'*'.repeat(8)} (${value.length} characters)`;
}
