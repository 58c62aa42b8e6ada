import { describe, expect, it } from 'vitest';
import { visibilityValues } from '../../../main/core/rules/visibility-values';
import { findings, sampleContext, summary, type Json } from './support/sample';

const P = '/paths/~1tasks~1{taskId}/get/parameters/1/x-ms-visibility';
const visibility = (value: unknown) => (s: Json) => { s.paths['/tasks/{taskId}'].get.parameters[1]['x-ms-visibility'] = value; };

describe('visibility-values (catalogue 27)', () => {
  it.each([
    ['lowercase values', () => undefined, []],
    ['"Advanced"', visibility('Advanced'), [`warning ${P}`]],
    ['an empty string', visibility(''), [`warning ${P}`]],
    ['"hidden"', visibility('hidden'), [`warning ${P}`]],
    ['on a schema property', (s: Json) => { s.definitions.Task.properties.id['x-ms-visibility'] = 'Important'; }, ['warning /definitions/Task/properties/id/x-ms-visibility']],
  ])('%s', (_name, edit, expected) => {
    expect(summary(visibilityValues, sampleContext(edit))).toEqual(expected);
  });

  it.each([
    ['lowercases "Advanced"', visibility('Advanced'), [{ file: 'apiDefinition.swagger.json', path: P, value: 'advanced' }]],
    ['removes an empty value', visibility(''), [{ file: 'apiDefinition.swagger.json', path: P, remove: true }]],
    ['leaves "hidden" to the user', visibility('hidden'), undefined],
  ])('%s', (_name, edit, edits) => {
    expect(findings(visibilityValues, sampleContext(edit))[0].fix?.edits).toEqual(edits);
  });
});
