import { describe, expect, it } from 'vitest';
import { pathCaseUnique } from '../../../main/core/rules/path-case-unique';
import { findings, sampleContext, summary, type Json } from './support/sample';

describe('path-case-unique (catalogue 14)', () => {
  it.each([
    ['distinct paths', () => undefined, []],
    ['the same path in another case', (s: Json) => { s.paths['/Tasks'] = { get: {} }; }, ['error /paths/~1Tasks']],
    ['a parameter name in another case', (s: Json) => { s.paths['/tasks/{TaskId}'] = { delete: {} }; }, ['error /paths/~1tasks~1{TaskId}']],
  ])('%s', (_name, edit, expected) => {
    expect(summary(pathCaseUnique, sampleContext(edit))).toEqual(expected);
  });

  it("quotes Microsoft's message", () => {
    const [finding] = findings(pathCaseUnique, sampleContext((s) => { s.paths['/Tasks'] = { get: {} }; }));
    expect(finding.message).toBe("The path '/Tasks' is defined multiple times with different capitalization");
  });
});
