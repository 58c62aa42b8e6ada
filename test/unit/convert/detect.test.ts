import { describe, expect, it } from 'vitest';
import { detectInputKind } from '../../../main/core/convert/detect';
import { convertText } from '../../../main/core/convert/convert';
import { ConversionError } from '../../../main/core/convert/types';

describe('detectInputKind', () => {
  it.each<[string, string, string]>([
    ['swagger 2.0 JSON', '{"swagger":"2.0","info":{"title":"a","version":"1"},"paths":{}}', 'swagger-2.0'],
    ['openapi 3.0 YAML', 'openapi: 3.0.3\ninfo: {title: a, version: "1"}\npaths: {}\n', 'openapi-3.0'],
    ['openapi 3.1 JSON', '{"openapi":"3.1.0","info":{"title":"a","version":"1"}}', 'openapi-3.1'],
    ['openapi 3.0 with a BOM and a trailing comma', '\ufeff{"openapi":"3.0.0","info":{"title":"a","version":"1"},}', 'openapi-3.0'],
    ['postman 2.1', '{"info":{"name":"c","schema":"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},"item":[]}', 'postman-2.1'],
    ['postman 2.0', '{"info":{"name":"c","schema":"https://schema.getpostman.com/json/collection/v2.0.0/collection.json"},"item":[]}', 'postman-2.0'],
    ['postman v1', '{"id":"x","name":"c","order":[],"requests":[]}', 'unknown'],
    ['openapi 4', '{"openapi":"4.0.0"}', 'unknown'],
    ['swagger 1.2', '{"swaggerVersion":"1.2"}', 'unknown'],
    ['a list', '[1,2]', 'unknown'],
    ['plain text', 'hello: [', 'unknown'],
  ])('%s', (_name, text, kind) => expect(detectInputKind(text).kind).toBe(kind));

  it('explains what is wrong', () => {
    expect(detectInputKind('{"id":"x","name":"c","order":[],"requests":[]}').message).toMatch(/v1 is not supported.*v2\.1/);
    expect(detectInputKind('{"openapi": "3.0.0", "info": ').message).toMatch(/not valid JSON at line 1/);
    expect(detectInputKind('{"a": 1}').message).toMatch(/expected Swagger 2\.0, OpenAPI 3\.0\/3\.1.*Postman/);
  });

  it('refuses a YAML alias bomb instead of expanding it', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
    const bomb = 'openapi: 3.0.0\n' + lines.join('\n') + '\n';
    expect(detectInputKind(bomb).kind).toBe('unknown');
    expect(() => convertText({ text: bomb, fileName: 'bomb.yaml' })).toThrow(ConversionError);
  });

  it('refuses unknown inputs with a ConversionError', () => {
    expect(() => convertText({ text: '{"hello": "world"}' })).toThrow(ConversionError);
  });
});
