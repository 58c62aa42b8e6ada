import { describe, expect, it } from 'vitest';
import { dynamicReferences } from '../../../main/core/rules/dynamic-references';
import { findings, sampleContext, summary, type Json } from './support/sample';

const P = '/definitions/Task/properties/projectId/x-ms-dynamic-values';
const dyn = (edit: (d: Json) => void) => (s: Json) => edit(s.definitions.Task.properties.projectId['x-ms-dynamic-values']);

describe('dynamic-references (catalogue 35)', () => {
  it.each([
    ['an internal helper operation', () => undefined, []],
    ['a parameter the helper takes', dyn((d) => { d.parameters = { top: 10 }; }), []],
    ['an unknown operation', dyn((d) => { d.operationId = 'ListProject'; }), [`error ${P}/operationId`]],
    ['no operationId', dyn((d) => { delete d.operationId; }), [`error ${P}/operationId`]],
    ['a parameter the helper does not take', dyn((d) => { d.parameters = { skip: 10 }; }), [`error ${P}/parameters/skip`]],
    ['an empty value path', dyn((d) => { d['value-path'] = ''; }), [`error ${P}/value-path`]],
    ['a visible helper operation', (s: Json) => { delete s.paths['/projects'].get['x-ms-visibility']; }, ['warning /paths/~1projects/get/x-ms-visibility']],
    ['x-ms-dynamic-list on a parameter', (s: Json) => {
      s.paths['/tasks/{taskId}'].get.parameters[1]['x-ms-dynamic-list'] = { operationId: 'Nope', itemValuePath: 'id' };
    }, ['error /paths/~1tasks~1{taskId}/get/parameters/1/x-ms-dynamic-list/operationId']],
  ])('%s', (_name, edit, expected) => {
    expect(summary(dynamicReferences, sampleContext(edit))).toEqual(expected);
  });

  it('offers to make the helper internal', () => {
    const [finding] = findings(dynamicReferences, sampleContext((s) => { delete s.paths['/projects'].get['x-ms-visibility']; }));
    expect(finding.fix?.edits).toEqual([{ file: 'apiDefinition.swagger.json', path: '/paths/~1projects/get/x-ms-visibility', value: 'internal' }]);
  });
});
