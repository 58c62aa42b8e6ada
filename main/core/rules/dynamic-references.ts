/**
 * Catalogue 35 (CERTIFICATION.md §3 D): `x-ms-dynamic-values|list|schema|properties.operationId` names an
 * existing operation; the parameters it passes exist on that operation; its value paths are non-empty
 * strings (M:schemas/apiDefinition.swagger.schema.json). Warning: the helper operation should be internal
 * so it does not show as an action.
 */
import { isObject, type OperationRef } from '../model/operations';
import type { Report, Rule, RuleContext } from './rule';
import { documentIndex, nodesWithExtension, operationParametersOf, operationsOf } from './support/document-index';
import { pointerOf, type Place } from '../model/json-pointer';

const FILE = 'apiDefinition.swagger.json';
const EXTENSIONS = ['x-ms-dynamic-values', 'x-ms-dynamic-list', 'x-ms-dynamic-schema', 'x-ms-dynamic-properties'];
const PATH_KEYS = ['value-collection', 'value-title', 'value-path', 'itemsPath', 'itemTitlePath', 'itemValuePath'];

export const dynamicReferences: Rule = {
  id: 'dynamic-references',
  catalogue: [35],
  severity: 'error',
  step: 'definition',
  description: 'Dynamic values, lists, schemas and properties call an existing operation with its own parameters.',
  check(ctx, report) {
    const nodes = nodesWithExtension(documentIndex(ctx), EXTENSIONS);
    if (nodes.length === 0) return;
    // The first operation with each operationId (as a search of the list finds it), looked up per extension.
    const operations = new Map<string, OperationRef>();
    for (const op of operationsOf(ctx)) if (op.operationId !== undefined && !operations.has(op.operationId)) operations.set(op.operationId, op);
    const warnedInternal = new Set<string>();
    for (const { node, place } of nodes) {
      for (const extension of EXTENSIONS) {
        if (!(extension in node)) continue;
        const at: Place = { parent: place, key: extension };
        const value = node[extension];
        if (!isObject(value) || typeof value.operationId !== 'string') {
          report({ message: `${extension} needs an 'operationId'.`, file: FILE, path: pointerOf(at, 'operationId') });
          continue;
        }
        const target = operations.get(value.operationId);
        if (!target) {
          report({ message: `${extension} refers to the operation '${value.operationId}', which does not exist.`, file: FILE, path: pointerOf(at, 'operationId') });
        } else {
          checkParameters(ctx, value.parameters, target, at, extension, report);
          if (target.operation['x-ms-visibility'] !== 'internal' && !warnedInternal.has(target.pointer)) {
            warnedInternal.add(target.pointer);
            report({
              message: `The operation '${value.operationId}' feeds ${extension}: make it internal ("x-ms-visibility": "internal") so it does not show as an action.`,
              file: FILE,
              path: `${target.pointer}/x-ms-visibility`,
              severity: 'warning',
              fix: { label: 'Make it internal', edits: [{ file: FILE, path: `${target.pointer}/x-ms-visibility`, value: 'internal' }] },
            });
          }
        }
        for (const key of PATH_KEYS) {
          if (!(key in value) || (typeof value[key] === 'string' && (value[key] as string).trim() !== '')) continue;
          report({ message: `${extension}.${key} must be a non-empty path.`, file: FILE, path: pointerOf(at, key) });
        }
      }
    }
  },
};

function checkParameters(ctx: RuleContext, passed: unknown, target: OperationRef, at: Place, extension: string, report: Report): void {
  if (!isObject(passed)) return;
  const parameters = operationParametersOf(ctx, target).map((p) => p.parameter);
  const names = new Set(parameters.map((p) => p.name));
  const takesBody = parameters.some((p) => p.in === 'body');
  for (const name of Object.keys(passed)) {
    // A target taking a body may receive body properties by name.
    if (names.has(name) || names.has(name.split('/')[0]) || takesBody) continue;
    report({
      message: `${extension} passes '${name}', which is not a parameter of '${target.operationId}'.`,
      file: FILE,
      path: pointerOf(at, 'parameters', name),
    });
  }
}
