/**
 * Importing a lone definition file into a new, untitled project. Swagger 2.0 JSON is kept as its exact text;
 * YAML becomes JSON (the project format); OpenAPI 3 and Postman collections go through the converter.
 */
import { basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { decodeText, encodeText } from '../text/encoding';
import { parseTolerant } from '../text/tolerant-json';
import { isObject } from '../model/operations';
import { emptySidecar, type LoadedProject, type LoadNotice } from '../model/project';
import { ProjectError } from './errors';
import { blankPropertiesText } from './templates';
import { projectFromFiles } from './decode-files';

export function importSwaggerText(bytes: Uint8Array, path: string): LoadedProject {
  const name = basename(path);
  const decoded = decodeText(bytes);
  const trimmed = decoded.text.trimStart();
  if (trimmed.length === 0) throw new ProjectError('unreadable', `${name} is empty.`);

  let jsonText = decoded.text;
  let bom = decoded.bom;
  let value: unknown;
  const notices: LoadNotice[] = [];
  if (trimmed.startsWith('{')) {
    value = parseTolerant(decoded.text).value;
  } else {
    value = parseYamlDefinition(decoded.text, name);
    jsonText = JSON.stringify(value, null, 2) + '\n';
    bom = false;
    notices.push({ file: 'apiDefinition.swagger.json', line: 1, column: 1, severity: 'info', message: `${name} was YAML; the project keeps it as JSON (apiDefinition.swagger.json).` });
  }
  if (!isObject(value)) throw new ProjectError('unreadable', `${name} is not an API definition (it holds no JSON or YAML object).`);
  if (typeof value.openapi === 'string' || isPostman(value)) {
    throw new ProjectError('needs-conversion', `${name} is ${typeof value.openapi === 'string' ? `OpenAPI ${value.openapi}` : 'a Postman collection'}; it will be converted to Swagger 2.0.`);
  }
  if (value.swagger !== '2.0') {
    throw new ProjectError('unsupported', `${name} is not a Swagger 2.0 definition (Power Platform connectors use Swagger 2.0).`);
  }
  const project = projectFromFiles(
    [
      { name: 'apiDefinition.swagger.json', bytes: encodeText(jsonText, bom) },
      { name: 'apiProperties.json', bytes: encodeText(blankPropertiesText(), false) },
    ],
    { kind: 'swagger', path },
  );
  return { ...project, sidecar: emptySidecar(), notices: [...notices, ...project.notices] };
}

function parseYamlDefinition(text: string, name: string): unknown {
  try {
    // The yaml package refuses alias bombs by default (maxAliasCount); merge keys are common in hand-written specs.
    return parseYaml(text, { merge: true, prettyErrors: true });
  } catch (error) {
    throw new ProjectError('unreadable', `${name} is neither JSON nor valid YAML: ${(error as Error).message}`);
  }
}

export function isPostman(value: Record<string, unknown>): boolean {
  const info = value.info;
  return isObject(info) && typeof info.schema === 'string' && info.schema.includes('schema.getpostman.com');
}
