/**
 * The x-ms-* extensions the platform knows: those of M:schemas/apiDefinition.swagger.schema.json and
 * L:openapi-extensions, plus the AutoRest ones certified connectors carry (x-ms-enum, x-ms-client-name…).
 */
export const KNOWN_EXTENSIONS: readonly string[] = [
  'x-ms-api-annotation', 'x-ms-api-version', 'x-ms-async-operation-timeout', 'x-ms-azure-resource', 'x-ms-capabilities',
  'x-ms-client-flatten', 'x-ms-client-name', 'x-ms-connector-metadata', 'x-ms-deployment-version', 'x-ms-discriminator-value',
  'x-ms-dynamic-list', 'x-ms-dynamic-properties', 'x-ms-dynamic-schema', 'x-ms-dynamic-tree', 'x-ms-dynamic-values',
  'x-ms-editor', 'x-ms-editor-options', 'x-ms-enum', 'x-ms-enum-values', 'x-ms-examples', 'x-ms-explicit-only', 'x-ms-identifiers',
  'x-ms-long-running-operation', 'x-ms-long-running-operation-options', 'x-ms-media-kind', 'x-ms-mutability', 'x-ms-no-generic-test',
  'x-ms-notification', 'x-ms-notification-content', 'x-ms-notification-url', 'x-ms-openai-data', 'x-ms-openai-manifest',
  'x-ms-pageable', 'x-ms-parameter-location', 'x-ms-property-name-alias', 'x-ms-require-user-confirmation', 'x-ms-safe-operation',
  'x-ms-secret', 'x-ms-summary', 'x-ms-test-value', 'x-ms-trigger', 'x-ms-trigger-hint', 'x-ms-trigger-metadata', 'x-ms-url-encoding',
  'x-ms-visibility',
];

/** The known extension a misspelt key most likely means (edit distance ≤ 2 after removing spaces), if any. */
export function likelyExtension(key: string): string | undefined {
  const normalised = key.replace(/\s+/g, '').toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of KNOWN_EXTENSIONS) {
    // The distance is at least the difference in length: names more than 2 longer or shorter cannot be meant.
    if (Math.abs(name.length - normalised.length) > 2) continue;
    const distance = editDistance(normalised, name);
    if (distance <= 2 && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/** Levenshtein distance (small strings only). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
