import { describe, expect, it } from 'vitest';
import { responsePropertyDocs } from '../../../main/core/rules/response-property-docs';
import { findings, sampleContext, summary, type Json } from './support/sample';

const title = (s: Json) => s.definitions.Task.properties.title;

describe('response-property-docs (catalogue 31)', () => {
  it.each([
    ['documented properties', () => undefined, []],
    ['a title instead of x-ms-summary', (s: Json) => { delete title(s)['x-ms-summary']; title(s).title = 'Title'; }, []],
    ['an internal property', (s: Json) => { delete title(s)['x-ms-summary']; title(s)['x-ms-visibility'] = 'internal'; }, []],
    ['no display name', (s: Json) => { delete title(s)['x-ms-summary']; }, ['warning /definitions/Task/properties/title/x-ms-summary']],
    ['no description in an inline array item', (s: Json) => { delete s.paths['/projects'].get.responses['200'].schema.items.properties.id.description; }, ['warning /paths/~1projects/get/responses/200/schema/items/properties/id/description']],
  ])('%s', (_name, edit, expected) => {
    expect(summary(responsePropertyDocs, sampleContext(edit))).toEqual(expected);
  });

  it('reports a shared definition once and suggests a display name', () => {
    const found = findings(responsePropertyDocs, sampleContext((s) => { delete title(s)['x-ms-summary']; }));
    expect(found).toHaveLength(1);
    expect(found[0].fix?.edits[0].value).toBe('Title');
  });
});
