import { describe, expect, it } from 'vitest';
import { extensionNames } from '../../../main/core/rules/extension-names';
import { findings, sampleContext, summary, type Json } from './support/sample';

const P = '/paths/~1tasks~1{taskId}/get/parameters/1';
const rename = (from: string, to: string) => (s: Json) => {
  const p = s.paths['/tasks/{taskId}'].get.parameters[1];
  p[to] = p[from];
  delete p[from];
};

describe('extension-names (catalogue 9, 33)', () => {
  it.each([
    ['known extensions and vendor x- keys', (s: Json) => { s.definitions.Task['x-nullable'] = true; }, []],
    ['a property named like an extension in a properties map', (s: Json) => { s.definitions.Task.properties['x-ms-sumary'] = { type: 'string', 'x-ms-summary': 'X', description: 'X' }; }, []],
    ['x-ms-visbility', rename('x-ms-visibility', 'x-ms-visbility'), [`warning ${P}/x-ms-visbility`]],
    ['x-ms-sumamry', rename('x-ms-summary', 'x-ms-sumamry'), [`warning ${P}/x-ms-sumamry`]],
    ['"x-ms  -summary"', rename('x-ms-summary', 'x-ms  -summary'), [`warning ${P}/x-ms  -summary`]],
    ['"x-ms-summary:"', rename('x-ms-summary', 'x-ms-summary:'), [`warning ${P}/x-ms-summary:`]],
    ['an unknown x-ms extension', (s: Json) => { s.definitions.Task['x-ms-keywords'] = ['task']; }, ['warning /definitions/Task/x-ms-keywords']],
  ])('%s', (_name, edit, expected) => {
    expect(summary(extensionNames, sampleContext(edit))).toEqual(expected);
  });

  it('renames a misspelt extension, keeping its value', () => {
    const [finding] = findings(extensionNames, sampleContext(rename('x-ms-visibility', 'x-ms-visbility')));
    expect(finding.message).toContain("did you mean 'x-ms-visibility'");
    expect(finding.fix?.edits).toEqual([
      { file: 'apiDefinition.swagger.json', path: `${P}/x-ms-visibility`, value: 'advanced' },
      { file: 'apiDefinition.swagger.json', path: `${P}/x-ms-visbility`, remove: true },
    ]);
  });
});
