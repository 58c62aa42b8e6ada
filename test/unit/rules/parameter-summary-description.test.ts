import { describe, expect, it } from 'vitest';
import { parameterSummaryDescription } from '../../../main/core/rules/parameter-summary-description';
import { findings, sampleContext, sampleProperties, sampleSwagger, summary, type Json } from './support/sample';

const P = '/paths/~1tasks~1{taskId}/get/parameters/1';
const apiVersion = (edit: (p: Json) => void) => (s: Json) => edit(s.paths['/tasks/{taskId}'].get.parameters[1]);

describe('parameter-summary-description (catalogue 26)', () => {
  it.each([
    ['documented parameters', () => undefined, []],
    ['a body parameter without summary (accepted)', (s: Json) => { delete s.paths['/tasks'].post.parameters[0]['x-ms-summary']; }, []],
    ['an internal parameter without summary (accepted)', apiVersion((p) => { delete p['x-ms-summary']; delete p.description; p['x-ms-visibility'] = 'internal'; }), []],
    ['a parameter of an internal operation (accepted)', (s: Json) => { s.paths['/tasks/{taskId}'].get['x-ms-visibility'] = 'internal'; delete s.paths['/tasks/{taskId}'].get.parameters[1]['x-ms-summary']; }, []],
    ['a query parameter without x-ms-summary', apiVersion((p) => { delete p['x-ms-summary']; }), [`error ${P}/x-ms-summary`]],
    ['a query parameter without description', apiVersion((p) => { delete p.description; }), [`error ${P}/description`]],
    ['a shared parameter without either', (s: Json) => {
      s.parameters = { top: { name: 'top', in: 'query', type: 'integer' } };
      s.paths['/tasks/{taskId}'].get.parameters.push({ $ref: '#/parameters/top' });
    }, ['error /parameters/top/x-ms-summary', 'error /parameters/top/description']],
    ['an 81-character summary', apiVersion((p) => { p['x-ms-summary'] = 'V'.repeat(81); }), [`warning ${P}/x-ms-summary`]],
  ])('%s', (_name, edit, expected) => {
    expect(summary(parameterSummaryDescription, sampleContext(edit))).toEqual(expected);
  });

  it('derives the summary from the name and the description from the summary', () => {
    const [summaryFinding, descriptionFinding] = findings(parameterSummaryDescription, sampleContext(apiVersion((p) => { delete p['x-ms-summary']; delete p.description; })));
    expect(summaryFinding.message).toMatch(/^The 'x-ms-summary' property is required/);
    expect(summaryFinding.fix?.edits).toEqual([{ file: 'apiDefinition.swagger.json', path: `${P}/x-ms-summary`, value: 'Api Version' }]);
    expect(descriptionFinding.fix?.edits[0].value).toBe('Api Version');
  });

  it('reports a gap the previous certified version already had as legacy', () => {
    const previous = sampleSwagger();
    delete previous.paths['/tasks/{taskId}'].get.parameters[1]['x-ms-summary'];
    const ctx = sampleContext(apiVersion((p) => { delete p['x-ms-summary']; delete p.description; }), { previous: { swagger: previous, properties: sampleProperties() } });
    const found = findings(parameterSummaryDescription, ctx);
    expect(found.map((f) => [f.severity, f.path, f.legacy ?? false])).toEqual([
      ['warning', `${P}/x-ms-summary`, true],
      ['error', `${P}/description`, false],
    ]);
    expect(found[0].message).toContain('pre-existing');
  });
});
