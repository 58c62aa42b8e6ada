/** Matching incoming paths to the definition's path templates, friendly names ({Page Number}) included. */
import { listOperations, type OperationRef } from '../model/operations';

export interface Route {
  op: OperationRef;
  pattern: RegExp;
  /** Literal characters in the template: a literal "/items/count" beats "/items/{id}". */
  specificity: number;
}

export function buildRoutes(swagger: unknown, basePath: string): Route[] {
  const prefix = basePath.replace(/\/+$/, '');
  return listOperations(swagger)
    .map((op) => {
      const template = prefix + (op.path.startsWith('/') ? op.path : '/' + op.path);
      const source = template
        .split(/(\{[^}]*\})/)
        .map((piece) => (piece.startsWith('{') && piece.endsWith('}') ? '([^/]+)' : escapeRegExp(piece)))
        .join('');
      const specificity = template.replace(/\{[^}]*\}/g, '').length;
      return { op, pattern: new RegExp(`^${source.replace(/\/+$/, '')}/?$`, 'i'), specificity };
    })
    .sort((a, b) => b.specificity - a.specificity);
}

export interface RouteMatch {
  route?: Route;
  /** Methods defined for the path when the path matched but the method did not. */
  allowed: string[];
}

export function matchRoute(routes: readonly Route[], method: string, pathname: string): RouteMatch {
  const allowed: string[] = [];
  for (const route of routes) {
    if (!route.pattern.test(pathname)) continue;
    if (route.op.method === method.toLowerCase()) return { route, allowed };
    allowed.push(route.op.method.toUpperCase());
  }
  return { allowed };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
