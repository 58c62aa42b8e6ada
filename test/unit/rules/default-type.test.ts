import { describe, expect, it } from 'vitest';
import { defaultType } from '../../../main/core/rules/default-type';
import { findings, sampleContext, summary, type Json } from './support/sample';

const param = (patch: Json) => (s: Json) => { Object.assign(s.paths['/tasks/{taskId}'].get.parameters[1], patch); };
const P = '/paths/~1tasks~1{taskId}/get/parameters/1/default';

describe('default-type (catalogue 16)', () => {
  it.each([
    ['matching defaults', () => undefined, []],
    ['an integer default on a number', param({ type: 'number', default: 3 }), []],
    ['a null default', param({ default: null }), []],
    ['an integer default on a string', param({ type: 'string', default: 20 }), [`error ${P}`]],
    ['"false" on a boolean (accepted pattern)', param({ type: 'boolean', default: 'false' }), [`warning ${P}`]],
    ['"ten" on an integer', param({ type: 'integer', default: 'ten' }), [`error ${P}`]],
    ['a string default on a boolean property', (s: Json) => { s.definitions.Task.properties.done.default = 'no'; }, ['error /definitions/Task/properties/done/default']],
  ])('%s', (_name, edit, expected) => {
    expect(summary(defaultType, sampleContext(edit))).toEqual(expected);
  });

  it("quotes Microsoft's message and converts a spelled value", () => {
    const [error] = findings(defaultType, sampleContext(param({ type: 'string', default: 20 })));
    expect(error.message).toBe("The 'default' value is of type 'Integer', but should match the given type 'String'");
    const [warning] = findings(defaultType, sampleContext(param({ type: 'boolean', default: 'false' })));
    expect(warning.fix?.edits).toEqual([{ file: 'apiDefinition.swagger.json', path: P, value: false }]);
  });

  it('finds wrong defaults nested in items, additionalProperties and allOf/anyOf lists, in walk order', () => {
    const context = sampleContext((s: Json) => {
      s.definitions.Nested = {
        type: 'object',
        properties: { list: { type: 'array', items: [{ type: 'integer', default: 'x' }] } },
        additionalProperties: { type: 'boolean', default: 1 },
        allOf: [{ type: 'object' }, { type: 'string', default: 2 }],
        anyOf: [{ type: 'number', default: true }],
      };
    });
    expect(summary(defaultType, context)).toEqual([
      'error /definitions/Nested/properties/list/items/0/default',
      'error /definitions/Nested/additionalProperties/default',
      'error /definitions/Nested/allOf/1/default',
      'error /definitions/Nested/anyOf/0/default',
    ]);
  });

  it('checks a schema shared by two places (a YAML alias) at both', () => {
    const context = sampleContext((s: Json) => {
      const shared = { type: 'object', properties: { size: { type: 'integer', default: 'big' } } };
      // The document walk meets it under the response first (paths come before definitions): the definition
      // holding it must still count as holding a default.
      s.definitions.A = { type: 'object', properties: { inner: shared } };
      s.paths['/tasks'].post.responses['201'].schema = shared;
    });
    expect(summary(defaultType, context)).toEqual([
      'error /definitions/A/properties/inner/properties/size/default',
      'error /paths/~1tasks/post/responses/201/schema/properties/size/default',
    ]);
  });
});
