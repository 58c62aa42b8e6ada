import { describe, expect, it } from 'vitest';
import { contact } from '../../../main/core/rules/contact';
import { findings, sampleContext, summary, type Json } from './support/sample';

describe('contact (catalogue 22)', () => {
  it.each([
    ['a full contact', () => undefined, []],
    ['no contact', (s: Json) => { delete s.info.contact; }, ['error /info/contact']],
    ['a contact without email', (s: Json) => { delete s.info.contact.email; }, ['warning /info/contact/email']],
    ['an empty name and url', (s: Json) => { s.info.contact.name = ''; s.info.contact.url = ' '; }, ['warning /info/contact/name', 'warning /info/contact/url']],
  ])('%s', (_name, edit, expected) => {
    expect(summary(contact, sampleContext(edit))).toEqual(expected);
  });

  it("quotes Microsoft's message and adds a contact named after the publisher", () => {
    const [finding] = findings(contact, sampleContext((s) => { delete s.info.contact; }));
    expect(finding.message).toBe("The 'contact' property is required. ValuePath: /info");
    expect(finding.fix?.edits).toEqual([{ file: 'apiDefinition.swagger.json', path: '/info/contact', value: { name: 'Contoso' } }]);
    const [unnamed] = findings(contact, sampleContext((s, p) => { delete s.info.contact; delete p.properties.publisher; }));
    expect(unnamed.fix).toBeUndefined();
  });
});
