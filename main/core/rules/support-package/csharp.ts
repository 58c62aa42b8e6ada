/** Text helpers for script.csx checks (catalogue 48): C# source with comments and string contents blanked. */

/**
 * Replaces comments and the contents of string/char literals with spaces (same length, newlines kept),
 * so identifier searches do not hit prose. Handles //, /* *\/, "…", @"…", $"…" and '…'.
 */
export function stripCommentsAndStrings(source: string): string {
  let out = '';
  let i = 0;
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      const stop = end === -1 ? source.length : end;
      out += blank(source.slice(i, stop));
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      out += blank(source.slice(i, stop));
      i = stop;
    } else if (c === '"' || c === "'") {
      const verbatim = source[i - 1] === '@' || (source[i - 1] === '$' && source[i - 2] === '@') || (source[i - 1] === '@' && source[i - 2] === '$');
      let j = i + 1;
      while (j < source.length) {
        if (verbatim && source[j] === '"' && source[j + 1] === '"') j += 2;
        else if (!verbatim && source[j] === '\\') j += 2;
        else if (source[j] === c || (!verbatim && source[j] === '\n')) break;
        else j += 1;
      }
      out += c + blank(source.slice(i + 1, j)) + (j < source.length ? c : '');
      i = j + 1;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}
