/** Small string helpers shared by the content rules (catalogue 24, 26, 31). */

/** "api_version" -> "Api Version", "pageSize" -> "Page Size", "X-Request-Id" -> "X Request Id". */
export function titleFromName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(' ');
}

/** The text without trailing punctuation or white space (the fix for "no trailing punctuation"). */
export function withoutTrailingPunctuation(text: string): string {
  return text.replace(/[\s.!?,;:]+$/u, '');
}

/** True for a non-empty string after trimming. */
export function isFilled(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}
