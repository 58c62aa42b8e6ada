/** Primitive type and format inference shared by body schemas and query/path parameters. */

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[A-Za-z]{2,}$/;
const URI = /^[a-z][a-z0-9+.-]*:\/\/[^\s]+$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The format a string sample obviously has, if any. */
export function stringFormat(value: string): string | undefined {
  if (DATE_TIME.test(value)) return 'date-time';
  if (DATE.test(value)) return 'date';
  if (UUID.test(value)) return 'uuid';
  if (EMAIL.test(value)) return 'email';
  if (URI.test(value)) return 'uri';
  return undefined;
}

export interface Primitive {
  type: 'string' | 'integer' | 'number' | 'boolean';
  format?: string;
}

export function primitiveOf(value: string | number | boolean): Primitive {
  if (typeof value === 'boolean') return { type: 'boolean' };
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return { type: 'number', format: 'float' };
    return Math.abs(value) > 2147483647 ? { type: 'integer', format: 'int64' } : { type: 'integer', format: 'int32' };
  }
  const format = stringFormat(value);
  return format ? { type: 'string', format } : { type: 'string' };
}

/** For values that arrive as text (query strings, path segments): "42" is an integer, "true" a boolean. */
export function primitiveOfText(text: string): Primitive {
  if (/^-?\d{1,15}$/.test(text)) return primitiveOf(Number(text));
  if (/^-?\d+\.\d+$/.test(text)) return { type: 'number', format: 'float' };
  if (text === 'true' || text === 'false') return { type: 'boolean' };
  return primitiveOf(text);
}
