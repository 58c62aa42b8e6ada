/** Two large, distinct versions of a definition: big enough that a write takes a while and can be interrupted. */
export function versionText(version: number): string {
  const paths: Record<string, unknown> = {};
  for (let i = 0; i < 3000; i++) paths[`/items${i}`] = { get: { operationId: `Get${i}`, summary: `Version ${version} item ${i}`, responses: { '200': { description: 'OK' } } } };
  return JSON.stringify({ swagger: '2.0', info: { title: `Version ${version}`, version: '1' }, paths }, null, 2);
}
