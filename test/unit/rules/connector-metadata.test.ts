import { describe, expect, it } from 'vitest';
import { connectorMetadata } from '../../../main/core/rules/connector-metadata';
import { findings, sampleContext, summary, type Json } from './support/sample';

const M = (s: Json) => s['x-ms-connector-metadata'];

describe('connector-metadata (catalogue 23)', () => {
  it.each([
    ['website, privacy policy, categories', () => undefined, []],
    ['"Privacy Policy" capitalised', (s: Json) => { M(s)[1].propertyName = 'Privacy Policy'; }, []],
    ['no metadata', (s: Json) => { delete s['x-ms-connector-metadata']; }, ['error /x-ms-connector-metadata']],
    ['no privacy policy', (s: Json) => { M(s).splice(1, 1); }, ['error /x-ms-connector-metadata/2']],
    ['an empty website', (s: Json) => { M(s)[0].propertyValue = ''; }, ['error /x-ms-connector-metadata/0/propertyValue']],
    ['an unknown category', (s: Json) => { M(s)[2].propertyValue = 'Productivity;Tasks'; }, ['warning /x-ms-connector-metadata/2/propertyValue']],
  ])('%s', (_name, edit, expected) => {
    expect(summary(connectorMetadata, sampleContext(edit))).toEqual(expected);
  });

  it('corrects the case of known categories', () => {
    const [finding] = findings(connectorMetadata, sampleContext((s) => { M(s)[2].propertyValue = 'collaboration; productivity'; }));
    expect(finding.fix?.edits).toEqual([{ file: 'apiDefinition.swagger.json', path: '/x-ms-connector-metadata/2/propertyValue', value: 'Collaboration;Productivity' }]);
  });

  it('appends a missing entry', () => {
    const [finding] = findings(connectorMetadata, sampleContext((s) => { M(s).splice(2, 1); }));
    expect(finding.fix?.edits).toEqual([{ file: 'apiDefinition.swagger.json', path: '/x-ms-connector-metadata/2', value: { propertyName: 'Categories', propertyValue: '' }, insert: true }]);
  });
});
