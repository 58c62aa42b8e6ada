import { describe, expect, it } from 'vitest';
import { operationDescription } from '../../../main/core/rules/operation-description';
import { findings, sampleContext, summary, type Json } from './support/sample';

const P = '/paths/~1tasks~1{taskId}/get/description';

describe('operation-description (catalogue 25)', () => {
  it.each([
    ['described operations', () => undefined, []],
    ['a missing description', (s: Json) => { delete s.paths['/tasks/{taskId}'].get.description; }, [`error ${P}`]],
    ['a blank description', (s: Json) => { s.paths['/tasks/{taskId}'].get.description = ' '; }, [`error ${P}`]],
    ['an internal operation (never shown) without one', (s: Json) => { const op = s.paths['/tasks/{taskId}'].get; delete op.description; op['x-ms-visibility'] = 'internal'; }, []],
    ['an advanced operation without one', (s: Json) => { const op = s.paths['/tasks/{taskId}'].get; delete op.description; op['x-ms-visibility'] = 'advanced'; }, [`error ${P}`]],
  ])('%s', (_name, edit, expected) => {
    expect(summary(operationDescription, sampleContext(edit))).toEqual(expected);
  });

  it('copies the summary', () => {
    const [finding] = findings(operationDescription, sampleContext((s) => { delete s.paths['/tasks/{taskId}'].get.description; }));
    expect(finding.fix?.edits).toEqual([{ file: 'apiDefinition.swagger.json', path: P, value: 'Get a task' }]);
  });
});
