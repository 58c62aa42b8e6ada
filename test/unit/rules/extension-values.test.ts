import { describe, expect, it } from 'vitest';
import { extensionValues } from '../../../main/core/rules/extension-values';
import { findings, sampleContext, summary, type Json } from './support/sample';

const taskId = '/paths/~1tasks~1{taskId}/get/parameters/0';
const onTaskId = (key: string, value: unknown) => (s: Json) => { s.paths['/tasks/{taskId}'].get.parameters[0][key] = value; };
const onGet = (key: string, value: unknown) => (s: Json) => { s.paths['/tasks/{taskId}'].get[key] = value; };

describe('extension-values (catalogue 37)', () => {
  it.each([
    ['allowed values', (s: Json) => {
      onGet('x-ms-api-annotation', { family: 'GetTask', revision: 2, status: 'Preview' })(s);
      s.definitions.Task.properties.title['x-ms-enum-values'] = [{ value: 'a', displayName: 'A' }];
      s['x-ms-capabilities'] = { testConnection: { operationId: 'ListProjects' } };
      s.definitions.Task.properties.id['x-ms-media-kind'] = 'image';
    }, []],
    ['x-ms-url-encoding "triple"', onTaskId('x-ms-url-encoding', 'triple'), [`error ${taskId}/x-ms-url-encoding`]],
    ['x-ms-media-kind "video"', (s: Json) => { s.definitions.Task.properties.id['x-ms-media-kind'] = 'video'; }, ['error /definitions/Task/properties/id/x-ms-media-kind']],
    ['annotation status "preview"', onGet('x-ms-api-annotation', { status: 'preview' }), ['error /paths/~1tasks~1{taskId}/get/x-ms-api-annotation/status']],
    ['annotation revision 0', onGet('x-ms-api-annotation', { family: 'GetTask', revision: 0 }), ['error /paths/~1tasks~1{taskId}/get/x-ms-api-annotation/revision']],
    ['an enum value without displayName', (s: Json) => { s.definitions.Task.properties.title['x-ms-enum-values'] = [{ value: 'a' }]; }, ['error /definitions/Task/properties/title/x-ms-enum-values/0']],
    ['a test connection to a missing operation', (s: Json) => { s['x-ms-capabilities'] = { testConnection: { operationId: 'Ping' } }; }, ['error /x-ms-capabilities/testConnection/operationId']],
  ])('%s', (_name, edit, expected) => {
    expect(summary(extensionValues, sampleContext(edit))).toEqual(expected);
  });

  it.each([
    ['an encoding written in capitals', onTaskId('x-ms-url-encoding', 'Double'), `${taskId}/x-ms-url-encoding`, 'double'],
    ['a lowercase status', onGet('x-ms-api-annotation', { status: 'preview' }), '/paths/~1tasks~1{taskId}/get/x-ms-api-annotation/status', 'Preview'],
  ])('fixes the case of %s', (_name, edit, path, value) => {
    const [finding] = findings(extensionValues, sampleContext(edit));
    expect(finding.fix?.edits).toEqual([{ file: 'apiDefinition.swagger.json', path, value }]);
  });
});
