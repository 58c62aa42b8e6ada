/** Text helpers for script.csx checks (catalogue 48): C# source with comments and string contents blanked. */

/**
 * Replaces comments and the contents of string/char literals with spaces (same length, newlines kept),
 * so identifier searches do not hit prose. Handles //, /* *\/, "…", @"…", $"…" and '…'.
 */
export function stripCommentsAndStrings(source: string): string {
  let out = '';
  // Ordinary code is copied in runs, from `plain` up to the next comment or literal (not one character at a time).
  let plain = 0;
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    let stop: number;
    let replacement: string;
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      stop = end === -1 ? source.length : end;
      replacement = blank(source.slice(i, stop));
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      stop = end === -1 ? source.length : end + 2;
      replacement = blank(source.slice(i, stop));
    } else if (c === '"' || c === "'") {
      const verbatim = source[i - 1] === '@' || (source[i - 1] === '$' && source[i - 2] === '@') || (source[i - 1] === '@' && source[i - 2] === '$');
      let j = i + 1;
      while (j < source.length) {
        if (verbatim && source[j] === '"' && source[j + 1] === '"') j += 2;
        else if (!verbatim && source[j] === '\\') j += 2;
        else if (source[j] === c || (!verbatim && source[j] === '\n')) break;
        else j += 1;
      }
      // An unterminated literal ends at its line: the newline is written as the closing quote.
      replacement = c + blank(source.slice(i + 1, j)) + (j < source.length ? c : '');
      stop = j + 1;
    } else {
      i += 1;
      continue;
    }
    out += source.slice(plain, i) + replacement;
    plain = i = stop;
  }
  return plain < source.length ? out + source.slice(plain) : out;
}

/** Spaces in place of every character but newlines (same length). */
function blank(text: string): string {
  return text.includes('\n') ? text.replace(/[^\n]/g, ' ') : ' '.repeat(text.length);
}
