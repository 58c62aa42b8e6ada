import { describe, expect, it } from 'vitest';
import { looksLikeYaml, parseYamlSwagger, yamlPositions } from '../../../main/core/definition/yaml-swagger';

const SPEC = `swagger: "2.0"
info:
  title: Demo
  version: "1.0"
definitions:
  Base: &base
    type: object
  Item:
    <<: *base
    properties:
      id: { type: string }
paths: {}
`;

describe('parseYamlSwagger', () => {
  it('reads a swagger with merge keys', () => {
    const parsed = parseYamlSwagger(SPEC);
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toMatchObject({ swagger: '2.0', definitions: { Item: { type: 'object', properties: { id: { type: 'string' } } } } });
  });

  it('positions syntax errors', () => {
    const parsed = parseYamlSwagger('swagger: "2.0"\ninfo:\n  title: [unclosed\n  version: 1\n');
    expect(parsed.value).toBeUndefined();
    expect(parsed.problems[0]).toMatchObject({ severity: 'error', line: expect.any(Number), column: expect.any(Number) });
    expect(parsed.problems[0].line).toBeGreaterThanOrEqual(3);
  });

  it('reports duplicate keys', () => {
    const parsed = parseYamlSwagger('swagger: "2.0"\nswagger: "3.0"\n');
    expect(parsed.problems.some((p) => p.line === 2 && /unique|duplicate/i.test(p.message))).toBe(true);
  });

  it('refuses an alias bomb quickly with a plain message', () => {
    const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
    const parsed = parseYamlSwagger(bomb.join('\n'));
    expect(parsed.value).toBeUndefined();
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0].message).toMatch(/alias bomb/);
  });
});

describe('yamlPositions', () => {
  it('maps pointers to their keys, missing targets to their nearest ancestor', () => {
    const at = yamlPositions(SPEC, ['/info/title', '/definitions/Item/properties/id/type', '/info/contact', '/paths/~1x']);
    expect(at.get('/info/title')).toEqual({ line: 3, column: 3 });
    expect(at.get('/definitions/Item/properties/id/type')).toEqual({ line: 11, column: 13 });
    expect(at.get('/info/contact')).toEqual({ line: 2, column: 1 });
    expect(at.get('/paths/~1x')).toEqual({ line: 12, column: 1 });
  });
});

describe('looksLikeYaml', () => {
  it('tells JSON from YAML', () => {
    expect(looksLikeYaml('\ufeff  {"swagger":"2.0"}')).toBe(false);
    expect(looksLikeYaml('swagger: "2.0"')).toBe(true);
    expect(looksLikeYaml('')).toBe(false);
  });
});
