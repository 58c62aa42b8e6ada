import { describe, expect, it } from 'vitest';
import { refTargets } from '../../../main/core/rules/ref-targets';
import { sampleContext, summary, type Json } from './support/sample';

const bodyRef = (ref: string) => (s: Json) => { s.paths['/tasks'].post.parameters[0].schema.$ref = ref; };

describe('ref-targets (catalogue 13)', () => {
  it.each([
    ['local definitions', () => undefined, []],
    ['a shared parameter', (s: Json) => { s.parameters = { top: { name: 'top', in: 'query', type: 'integer' } }; s.paths['/projects'].get.parameters = [{ $ref: '#/parameters/top' }]; }, []],
    ['a percent-encoded name with a space', (s: Json) => { s.definitions['Error message'] = { type: 'object' }; bodyRef('#/definitions/Error%20message')(s); }, []],
    ['a missing definition', bodyRef('#/definitions/Tsk'), ['error /paths/~1tasks/post/parameters/0/schema/$ref']],
    ['an external file', bodyRef('task.json#/Task'), ['error /paths/~1tasks/post/parameters/0/schema/$ref']],
    ['a URL', bodyRef('https://contoso.com/schemas/task.json'), ['error /paths/~1tasks/post/parameters/0/schema/$ref']],
    ['a nested pointer', bodyRef('#/definitions/Task/properties/id'), ['error /paths/~1tasks/post/parameters/0/schema/$ref']],
    ['a name escaped as a pointer (~1 for /)', (s: Json) => { s.definitions['a/b'] = { type: 'object' }; bodyRef('#/definitions/a~1b')(s); }, []],
    ['a name with a tilde that names nothing', bodyRef('#/definitions/a~0b'), ['error /paths/~1tasks/post/parameters/0/schema/$ref']],
  ])('%s', (_name, edit, expected) => {
    expect(summary(refTargets, sampleContext(edit))).toEqual(expected);
  });

  it('does not read $ref keys inside examples', () => {
    expect(summary(refTargets, sampleContext((s) => { s.definitions.Task.example = { $ref: 'not-a-ref' }; }))).toEqual([]);
  });

  it('reports in document order: a node before the nodes inside it, even when its $ref key comes last', () => {
    const context = sampleContext((s) => {
      s.definitions.Wrapper = { type: 'object', properties: { inner: { $ref: '#/definitions/Missing1' } }, $ref: '#/definitions/Missing2' };
    });
    expect(summary(refTargets, context)).toEqual(['error /definitions/Wrapper/$ref', 'error /definitions/Wrapper/properties/inner/$ref']);
  });
});
