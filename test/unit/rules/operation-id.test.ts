import { describe, expect, it } from 'vitest';
import { operationId } from '../../../main/core/rules/operation-id';
import { findings, sampleContext, summary, type Json } from './support/sample';

const GET = '/paths/~1tasks~1{taskId}/get/operationId';

describe('operation-id (catalogue 15)', () => {
  it.each([
    ['unique CamelCase ids', () => undefined, []],
    ['a missing id', (s: Json) => { delete s.paths['/tasks/{taskId}'].get.operationId; }, [`error ${GET}`]],
    ['an empty id', (s: Json) => { s.paths['/tasks/{taskId}'].get.operationId = ' '; }, [`error ${GET}`]],
    ['a duplicate id', (s: Json) => { s.paths['/tasks/{taskId}'].get.operationId = 'CreateTask'; }, ['error /paths/~1tasks/post/operationId']],
    ['spaces and punctuation', (s: Json) => { s.paths['/tasks/{taskId}'].get.operationId = 'get-task by id'; }, [`warning ${GET}`]],
  ])('%s', (_name, edit, expected) => {
    expect(summary(operationId, sampleContext(edit))).toEqual(expected);
  });

  it('suggests an unused id from the summary', () => {
    const [finding] = findings(operationId, sampleContext((s) => {
      delete s.paths['/tasks/{taskId}'].get.operationId;
      s.paths['/tasks'].post.operationId = 'GetATask';
    }));
    expect(finding.fix?.edits).toEqual([{ file: 'apiDefinition.swagger.json', path: GET, value: 'GetATask2' }]);
  });
});
