import { describe, expect, it } from 'vitest';
import { operationSummary } from '../../../main/core/rules/operation-summary';
import { findings, sampleContext, summary, type Json } from './support/sample';

const P = '/paths/~1tasks~1{taskId}/get/summary';
const summarised = (text: string | undefined) => (s: Json) => { s.paths['/tasks/{taskId}'].get.summary = text; };

describe('operation-summary (catalogue 24)', () => {
  it.each([
    ['a plain summary', summarised('Get a task'), []],
    ['missing', summarised(undefined), [`error ${P}`]],
    ['a slash', summarised('Get task/subtask'), [`error ${P}`]],
    ['an ampersand', summarised('Get tasks & projects'), [`error ${P}`]],
    ['a question mark at the end', summarised('Is the task done?'), [`error ${P}`, `warning ${P}`]],
    ['a trailing full stop', summarised('Get a task.'), [`warning ${P}`]],
    ['a trailing space', summarised('Get a task '), [`warning ${P}`]],
    ['a name in capitals', summarised('Send an SMS with PDF attachments'), []],
    ['Title Case', summarised('Create Webhook Subscription'), [`warning ${P}`]],
    ['81 characters', summarised(`Get ${'a'.repeat(77)}`), [`warning ${P}`]],
  ])('%s', (_name, edit, expected) => {
    expect(summary(operationSummary, sampleContext(edit))).toEqual(expected);
  });

  it("quotes Microsoft's messages and offers mechanical fixes", () => {
    const [missing] = findings(operationSummary, sampleContext(summarised(undefined)));
    expect(missing.message).toBe("The 'summary' property is required");
    expect(missing.fix?.edits).toEqual([{ file: 'apiDefinition.swagger.json', path: P, value: 'Get task' }]);
    expect(findings(operationSummary, sampleContext(summarised('Get a/b')))[0].message).toMatch(/^Summary string contains any of the restricted characters/);
    expect(findings(operationSummary, sampleContext(summarised('Get a task. ')))[0].fix?.edits[0].value).toBe('Get a task');
  });
});
