import { describe, expect, it } from 'vitest';
import { triggerWording } from '../../../main/core/rules/trigger-wording';
import { sampleContext, summary, type Json } from './support/sample';

const hook = (edit: (op: Json) => void) => (s: Json) => edit(s.paths['/hooks'].post);

describe('trigger-wording (catalogue 32)', () => {
  it.each([
    ['"When a …" and "This operation triggers when …"', () => undefined, []],
    ['an action worded like an action', (s: Json) => { s.paths['/tasks'].post.summary = 'Create a task'; }, []],
    ['a trigger summary not starting with When', hook((op) => { op.summary = 'Task created'; }), ['warning /paths/~1hooks/post/summary']],
    ['a trigger description not in the guidance form', hook((op) => { op.description = 'Fires on new tasks.'; }), ['warning /paths/~1hooks/post/description']],
  ])('%s', (_name, edit, expected) => {
    expect(summary(triggerWording, sampleContext(edit))).toEqual(expected);
  });
});
