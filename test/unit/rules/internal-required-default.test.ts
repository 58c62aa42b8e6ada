import { describe, expect, it } from 'vitest';
import { internalRequiredDefault } from '../../../main/core/rules/internal-required-default';
import { findings, sampleContext, summary, type Json } from './support/sample';

const P = '/paths/~1projects/get/parameters/0';
const top = (edit: (p: Json) => void) => (s: Json) => edit(s.paths['/projects'].get.parameters[0]);

describe('internal-required-default (catalogue 28)', () => {
  it.each([
    ['internal, required, with a default', () => undefined, []],
    ['internal, optional, no default', top((p) => { delete p.default; p.required = false; }), []],
    ['visible, required, no default', top((p) => { delete p.default; p['x-ms-visibility'] = 'important'; }), []],
    ['internal, required, no default', top((p) => { delete p.default; }), [`error ${P}/default`]],
  ])('%s', (_name, edit, expected) => {
    expect(summary(internalRequiredDefault, sampleContext(edit))).toEqual(expected);
  });

  it('uses a single enum value as default', () => {
    const [finding] = findings(internalRequiredDefault, sampleContext(top((p) => { delete p.default; p.enum = [50]; })));
    expect(finding.fix?.edits).toEqual([{ file: 'apiDefinition.swagger.json', path: `${P}/default`, value: 50 }]);
  });
});
