/** Every way a logo or icon can be refused, with a message a designer can act on. */
export type IconErrorCode =
  | 'empty'
  | 'unsupported-format'
  | 'too-large'
  | 'unreadable'
  | 'svg-entities'
  | 'invalid-settings';

export class IconError extends Error {
  override readonly name = 'IconError';

  constructor(
    readonly code: IconErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** sharp reports problems as free text; turn the ones untrusted input can cause into IconErrors. */
export function toIconError(error: unknown, what: string): IconError {
  if (error instanceof IconError) return error;
  const text = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(text)) {
    return new IconError('too-large', `The ${what} is too large: its dimensions exceed the ${MAX_INPUT_MEGAPIXELS} megapixel limit`);
  }
  if (/timeout/i.test(text)) return new IconError('too-large', `The ${what} took too long to render and was stopped`);
  const detail = text.split('\n')[0].replace(/^Input (buffer|file) /, '');
  return new IconError('unreadable', `The ${what} could not be read; the file is damaged or truncated (${detail})`);
}

/**
 * 25 megapixels (5000×5000) is ample for a logo shown at 160 px; sharp's default (268 MP) accepts a
 * 16000×16000 PNG packed into 249 KB (TOOLCHAIN.md).
 */
export const MAX_INPUT_MEGAPIXELS = 25;
export const MAX_INPUT_PIXELS = MAX_INPUT_MEGAPIXELS * 1_000_000;
/** No logo or icon needs more; this bounds memory before any decoding starts. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;
