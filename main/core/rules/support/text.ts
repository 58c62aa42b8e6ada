/** Small string helpers shared by the content rules (catalogue 24, 26, 29, 31). */

/**
 * "api_version" -> "Api Version", "pageSize" -> "Page Size", "X-Request-Id" -> "X Request Id": the ASCII letter
 * and digit runs, also split where a lower-case letter or digit meets a capital, each capitalised, joined by
 * spaces. One pass over the characters: it runs for most undocumented response properties of a connector.
 */
export function titleFromName(name: string): string {
  let title = '';
  let start = -1;
  let previous = OTHER;
  for (let i = 0; i <= name.length; i++) {
    const kind = i < name.length ? charKind(name.charCodeAt(i)) : OTHER;
    const ends = start >= 0 && (kind === OTHER || (kind === UPPER && previous === LOWER));
    if (ends) {
      title += (title === '' ? '' : ' ') + name.charAt(start).toUpperCase() + name.slice(start + 1, i);
      start = -1;
    }
    if (kind !== OTHER && start < 0) start = i;
    previous = kind;
  }
  return title;
}

const OTHER = 0;
/** A lower-case letter or a digit. */
const LOWER = 1;
const UPPER = 2;

function charKind(code: number): number {
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return LOWER;
  return code >= 65 && code <= 90 ? UPPER : OTHER;
}

/** The text without trailing punctuation or white space (the fix for "no trailing punctuation"). */
export function withoutTrailingPunctuation(text: string): string {
  // Most texts end with a letter: one character says so, without scanning the text for a trailing run.
  if (!TRAILING.test(text.charAt(text.length - 1))) return text;
  return text.replace(/[\s.!?,;:]+$/u, '');
}

const TRAILING = /[\s.!?,;:]/u;

/** True for a non-empty string after trimming. */
export function isFilled(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** A 2xx status code ("200"…"299"): /^2\d\d$/ without a regular expression (asked for every response). */
export function isSuccessCode(code: string): boolean {
  return code.length === 3 && code.charCodeAt(0) === 50 && isDigit(code.charCodeAt(1)) && isDigit(code.charCodeAt(2));
}

/** Three digits: /^\d{3}$/ without a regular expression (the schema check asks it of every response). */
export function isThreeDigitCode(code: string): boolean {
  return code.length === 3 && isDigit(code.charCodeAt(0)) && isDigit(code.charCodeAt(1)) && isDigit(code.charCodeAt(2));
}

function isDigit(char: number): boolean {
  return char >= 48 && char <= 57;
}
