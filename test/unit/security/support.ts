/** Helpers for the Security step's tests: corpus texts, a blank project, parsing and text slices. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from '../../support/corpus';
import { decodeText } from '../../../main/core/text/encoding';
import { parseTolerant } from '../../../main/core/text/tolerant-json';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { toJsonPath } from '../../../main/core/model/json-pointer';
import { readAuth } from '../../../main/core/model/security/read-auth';
import type { AuthTexts } from '../../../main/core/model/security/write-auth';
import type { AuthConfig } from '../../../main/core/model/security/auth-config';

export function loadTexts(dir: string): AuthTexts {
  const read = (file: string) => decodeText(readFileSync(join(dir, file))).text;
  return { swagger: read('apiDefinition.swagger.json'), properties: read('apiProperties.json') };
}

export function corpusTexts(name: string): AuthTexts {
  return loadTexts(corpusDir(name));
}

export function parse(text: string): any {
  return parseTolerant(text).value;
}

export function authOf(texts: AuthTexts): AuthConfig {
  return readAuth(parse(texts.swagger), parse(texts.properties));
}

/** The config as the renderer would send it back over IPC: plain JSON. */
export function viaJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Where the values at some pointers are in the text (undefined when absent), from one parse of a big file. */
export function spansAt(text: string, pointers: string[]): ({ offset: number; length: number } | undefined)[] {
  const tree = parseTree(text, [], { allowTrailingComma: true });
  const root = parse(text);
  return pointers.map((pointer) => {
    const node = tree && findNodeAtLocation(tree, toJsonPath(root, pointer));
    return node && { offset: node.offset, length: node.length };
  });
}

/** The exact texts of the values at some pointers. */
export function textsAt(text: string, pointers: string[]): (string | undefined)[] {
  return spansAt(text, pointers).map((span) => span && text.slice(span.offset, span.offset + span.length));
}

export function textAt(text: string, pointer: string): string | undefined {
  return textsAt(text, [pointer])[0];
}

/** A new project: a minimal swagger and the certified-connectors template apiProperties. */
export const BLANK: AuthTexts = {
  swagger: [
    '{',
    '  "swagger": "2.0",',
    '  "info": {',
    '    "title": "Contoso Tasks",',
    '    "description": "Manage the tasks of your Contoso workspace from your flows.",',
    '    "version": "1.0"',
    '  },',
    '  "host": "api.contoso.com",',
    '  "basePath": "/",',
    '  "schemes": ["https"],',
    '  "paths": {}',
    '}',
    '',
  ].join('\n'),
  properties: [
    '{',
    '  "properties": {',
    '    "connectionParameters": {},',
    '    "iconBrandColor": "#0b5cad",',
    '    "capabilities": [],',
    '    "publisher": "Contoso",',
    '    "stackOwner": "Contoso"',
    '  }',
    '}',
    '',
  ].join('\n'),
};
