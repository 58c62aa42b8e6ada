/** Line endings of a text: the code view keeps them exactly (a CRLF file stays CRLF, nothing is normalised). */
export type LineEnding = '\n' | '\r\n';

export interface LineEndingInfo {
  /** The one line ending the text uses (LF when it has none). */
  eol: LineEnding;
  /** True when the text mixes CRLF, LF or lone CR: Monaco would normalise it, so the code view is read-only. */
  mixed: boolean;
}

export function lineEndings(text: string): LineEndingInfo {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
  }
  const kinds = (crlf > 0 ? 1 : 0) + (lf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
  return { eol: crlf > 0 && lf === 0 && cr === 0 ? '\r\n' : '\n', mixed: kinds > 1 || cr > 0 };
}

/** True when `inserted` only contains line breaks of kind `eol` (so the model can take it unchanged). */
export function fitsLineEnding(inserted: string, eol: LineEnding): boolean {
  if (inserted.indexOf('\r') < 0 && inserted.indexOf('\n') < 0) return true;
  const info = lineEndings(inserted);
  return !info.mixed && info.eol === eol;
}

/** The text with every line break turned into `eol`. */
export function normaliseLineEndings(text: string, eol: LineEnding): string {
  return text.replace(/\r\n|\r|\n/g, eol);
}
