import { describe, expect, it } from 'vitest';
import { titleLength } from '../../../main/core/rules/title-length';
import { findings, sampleContext, summary } from './support/sample';

const titled = (title: string) => sampleContext((s) => { s.info.title = title; });

describe('title-length (catalogue 19)', () => {
  it.each([
    ['a short title', 'Contoso Tasks', []],
    ['exactly 30 characters', 'Blackbaud Raisers Edge NXT Con', []],
    ['31 characters', 'Blackbaud Raisers Edge NXT Cons', ['error /info/title']],
    ['a trailing full stop', 'Contoso Tasks.', ['warning /info/title']],
    ['a trailing bracket after a long name', 'Contoso Tasks and Projects Suite (Beta)', ['error /info/title', 'warning /info/title']],
    ['an empty title', '  ', ['error /info/title']],
  ])('%s', (_name, title, expected) => {
    expect(summary(titleLength, titled(title))).toEqual(expected);
  });

  it("quotes Microsoft's message and trims trailing punctuation", () => {
    expect(findings(titleLength, titled('A'.repeat(31)))[0].message).toBe("The 'title' value goes over the character limit '30'");
    expect(findings(titleLength, titled('Contoso Tasks!'))[0].fix?.edits).toEqual([{ file: 'apiDefinition.swagger.json', path: '/info/title', value: 'Contoso Tasks' }]);
  });
});
