import { describe, expect, it } from 'vitest';
import { unknownProperties } from '../../../main/core/rules/unknown-properties';
import { findings, sampleContext, summary, type Json } from './support/sample';

describe('unknown-properties (catalogue 10)', () => {
  it.each([
    ['only Swagger keywords and x- extensions', (s: Json) => { s['x-vendor'] = 1; s.info['x-ms-api-annotation'] = { status: 'Preview' }; }, []],
    ['scriptOperations at the root', (s: Json) => { s.scriptOperations = ['GetTask']; }, ['error /scriptOperations']],
    ['a typo in info', (s: Json) => { s.info.titel = 'x'; }, ['error /info/titel']],
    ['an unknown operation keyword', (s: Json) => { s.paths['/tasks'].post.visibility = 'advanced'; }, ['error /paths/~1tasks/post/visibility']],
    ['an unknown path-item keyword', (s: Json) => { s.paths['/tasks'].summary = 'Tasks'; }, ['error /paths/~1tasks/summary']],
    ['an example on a query parameter', (s: Json) => { s.paths['/tasks/{taskId}'].get.parameters[1].example = '2024-01-01'; }, ['error /paths/~1tasks~1{taskId}/get/parameters/1/example']],
    ['a summary on a response', (s: Json) => { s.paths['/tasks'].post.responses['201'].summary = 'Created'; }, ['error /paths/~1tasks/post/responses/201/summary']],
  ])('%s', (_name, edit, expected) => {
    expect(summary(unknownProperties, sampleContext(edit))).toEqual(expected);
  });

  it("uses Microsoft's ExtensionNameNotValid wording", () => {
    const [finding] = findings(unknownProperties, sampleContext((s) => { s.scriptOperations = []; }));
    expect(finding.message).toBe(`ExtensionNameNotValid: The property 'scriptOperations' is not valid. If this property is an extension, its name must begin with "x-"`);
  });
});
