import { describe, expect, it } from 'vitest';
import { responsePropertyDocs } from '../../../main/core/rules/response-property-docs';
import { applyDocEdits } from '../../../main/core/model/json-edit';
import { contextOf } from './support/corpus-context';
import { findings, sampleContext, sampleSwagger, summary, type Json } from './support/sample';

const task = (s: Json) => s.definitions.Task.properties;
const TASK = '/definitions/Task/properties';
const SWAGGER = 'apiDefinition.swagger.json';

describe('response-property-docs (catalogue 31)', () => {
  it.each([
    ['documented properties', () => undefined, []],
    ['a title instead of x-ms-summary', (s: Json) => { delete task(s).title['x-ms-summary']; task(s).title.title = 'Title'; }, []],
    ['an internal property', (s: Json) => { delete task(s).title['x-ms-summary']; task(s).title['x-ms-visibility'] = 'internal'; }, []],
    ['no display name', (s: Json) => { delete task(s).title['x-ms-summary']; }, [`warning ${TASK}`]],
    ['no description in an inline array item', (s: Json) => { delete s.paths['/projects'].get.responses['200'].schema.items.properties.id.description; }, ['warning /paths/~1projects/get/responses/200/schema/items/properties']],
  ])('%s', (_name, edit, expected) => {
    expect(summary(responsePropertyDocs, sampleContext(edit))).toEqual(expected);
  });

  it('reports a shared definition once, and suggests a display name', () => {
    const found = findings(responsePropertyDocs, sampleContext((s) => { delete task(s).title['x-ms-summary']; }));
    expect(found.map((f) => f.message)).toEqual(["The response property 'title' has no display name (x-ms-summary or title)."]);
    expect(found[0].fix).toEqual({ label: 'Set the summary to "Title"', edits: [{ file: SWAGGER, path: `${TASK}/title/x-ms-summary`, value: 'Title' }] });
  });

  it('reports one schema once, naming what each property lacks, and fixes every display name in one step', () => {
    const found = findings(responsePropertyDocs, sampleContext((s) => {
      for (const name of ['id', 'title', 'done']) delete task(s)[name]['x-ms-summary'];
      delete task(s).title.description;
      delete task(s).projectId.description;
    }));
    expect(found.map((f) => [f.path, f.message])).toEqual([
      [TASK, "3 response properties have no display name (x-ms-summary or title): 'id', 'title', 'done'; 2 have no description: 'title', 'projectId'."],
    ]);
    expect(found[0].fix).toEqual({
      label: 'Set 3 display names',
      edits: [
        { file: SWAGGER, path: `${TASK}/id/x-ms-summary`, value: 'Id' },
        { file: SWAGGER, path: `${TASK}/title/x-ms-summary`, value: 'Title' },
        { file: SWAGGER, path: `${TASK}/done/x-ms-summary`, value: 'Done' },
      ],
    });
  });

  it('names the properties once when the same ones lack both', () => {
    const found = findings(responsePropertyDocs, sampleContext((s) => {
      for (const name of ['id', 'done']) {
        delete task(s)[name]['x-ms-summary'];
        delete task(s)[name].description;
      }
    }));
    expect(found.map((f) => f.message)).toEqual(["2 response properties have no display name (x-ms-summary or title) and no description: 'id', 'done'."]);
    const oneWithoutDescription = findings(responsePropertyDocs, sampleContext((s) => {
      for (const name of ['id', 'done']) delete task(s)[name]['x-ms-summary'];
      delete task(s).done.description;
    }));
    expect(oneWithoutDescription.map((f) => f.message)).toEqual(["2 response properties have no display name (x-ms-summary or title): 'id', 'done'; 'done' has no description."]);
  });

  it('its fix, applied to the text, leaves only the descriptions to write', () => {
    const swagger = sampleSwagger();
    for (const name of ['id', 'title', 'done']) delete task(swagger)[name]['x-ms-summary'];
    delete task(swagger).title.description;
    const [finding] = findings(responsePropertyDocs, contextOf(swagger));
    const fixed = JSON.parse(applyDocEdits(JSON.stringify(swagger, null, 2), finding.fix!.edits, JSON.parse));
    expect(['id', 'title', 'done'].map((name) => task(fixed)[name]['x-ms-summary'])).toEqual(['Id', 'Title', 'Done']);
    expect(findings(responsePropertyDocs, contextOf(fixed)).map((f) => f.message)).toEqual(["The response property 'title' has no description."]);
  });

  it('has no fix when only descriptions are missing (they cannot be made up)', () => {
    const found = findings(responsePropertyDocs, sampleContext((s) => { delete task(s).done.description; }));
    expect(found.map((f) => f.message)).toEqual(["The response property 'done' has no description."]);
    expect(found[0].fix).toBeUndefined();
  });

  it('lists ten names and counts the rest, so a large schema still reads as one sentence', () => {
    const found = findings(responsePropertyDocs, sampleContext((s) => {
      for (let i = 1; i <= 14; i++) task(s)[`field${i}`] = { type: 'string', 'x-ms-summary': `Field ${i}` };
    }));
    expect(found.map((f) => f.message)).toEqual([
      `14 response properties have no description: ${Array.from({ length: 10 }, (_, i) => `'field${i + 1}'`).join(', ')} and 4 more.`,
    ]);
  });
});
