import { describe, expect, it } from 'vitest';
import { titleRestrictedWords } from '../../../main/core/rules/title-restricted-words';
import { findings, sampleContext, summary } from './support/sample';

const titled = (title: string) => sampleContext((s) => { s.info.title = title; });

describe('title-restricted-words (catalogue 20)', () => {
  it.each([
    ['a product name', 'Contoso Tasks', []],
    ['a word containing "api"', 'Rapid Tasks', []],
    ['"API"', 'Contoso API', ['error /info/title']],
    ['"Connector"', 'SAP ODATA [Sample] Connector', ['error /info/title']],
    ['a Microsoft product name', 'Tasks for Power Automate', ['warning /info/title']],
  ])('%s', (_name, title, expected) => {
    expect(summary(titleRestrictedWords, titled(title))).toEqual(expected);
  });

  it("quotes Microsoft's message", () => {
    expect(findings(titleRestrictedWords, titled('Contoso Connector'))[0].message).toBe("The 'title' value contains at least one of the restricted words: 'api, connector'");
  });
});
