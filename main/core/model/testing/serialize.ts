/** Parameter values -> wire text: defaults, booleans, arrays by collectionFormat, path encoding. */
import type { JsonObject } from '../operations';

/** The typed value, or the parameter's default when the user left it empty. */
export function valueOrDefault(value: unknown, param: JsonObject): unknown {
  if (value === undefined || value === null || value === '') return param.default;
  return value;
}

export function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

const SEPARATORS: Record<string, string> = { csv: ',', ssv: ' ', tsv: '\t', pipes: '|' };

/**
 * Query/header/form values. Arrays follow collectionFormat (csv default); "multi" repeats the key,
 * so the result is a list of values to emit one pair each.
 */
export function serializeValues(value: unknown, param: JsonObject): string[] {
  if (!Array.isArray(value)) return [scalarText(value)];
  const format = typeof param.collectionFormat === 'string' ? param.collectionFormat : 'csv';
  if (format === 'multi') return value.map(scalarText);
  return [value.map(scalarText).join(SEPARATORS[format] ?? ',')];
}

/**
 * Path segments. Power Platform double-encodes path parameters unless `x-ms-url-encoding: single`
 * (the documented default is "double"), so the tester sends what the platform would.
 */
export function encodePathValue(value: unknown, param: JsonObject): string {
  const text = serializeValues(value, param)[0];
  const once = encodeURIComponent(text);
  return param['x-ms-url-encoding'] === 'single' ? once : encodeURIComponent(once);
}
