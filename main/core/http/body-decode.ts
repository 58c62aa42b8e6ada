/** Response bodies for display: decompressed, then text when it is text, base64 when it is not. */
import zlib from 'node:zlib';

const TEXT_TYPES = /json|xml|text\/|javascript|x-www-form-urlencoded|html|csv|yaml|graphql/i;

export interface DecodedBody {
  bodyText?: string;
  bodyBase64?: string;
  warning?: string;
}

export function decodeBody(raw: Buffer, contentType: string, contentEncoding: string | undefined, truncated: boolean, maxBytes: number): DecodedBody {
  let bytes = raw;
  const encoding = (contentEncoding ?? '').toLowerCase().trim();
  if (!truncated && ['gzip', 'x-gzip', 'deflate', 'br'].includes(encoding)) {
    try {
      const limit = { maxOutputLength: maxBytes };
      bytes = encoding === 'br' ? zlib.brotliDecompressSync(raw, limit) : encoding === 'deflate' ? zlib.inflateSync(raw, limit) : zlib.gunzipSync(raw, limit);
    } catch {
      return { bodyBase64: raw.toString('base64'), warning: `The ${encoding} response body could not be decompressed (or is larger than the size limit).` };
    }
  }
  if (bytes.length === 0) return { bodyText: '' };
  if (TEXT_TYPES.test(contentType) || (!contentType && looksLikeText(bytes))) {
    return { bodyText: new TextDecoder('utf-8').decode(bytes) };
  }
  return { bodyBase64: bytes.toString('base64') };
}

function looksLikeText(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, 4096));
    return !bytes.subarray(0, 4096).includes(0);
  } catch {
    return false;
  }
}
