import { describe, expect, it } from 'vitest';
import { descriptionContent } from '../../../main/core/rules/description-content';
import { sampleContext, summary, type Json } from './support/sample';

const described = (description: string | undefined) => (s: Json) => { s.info.description = description; };

describe('description-content (catalogue 21)', () => {
  it.each([
    ['30–500 characters', described('Contoso Tasks lets teams track their work.'), []],
    ['exactly 30 characters', described('x'.repeat(30)), []],
    ['29 characters', described('x'.repeat(29)), ['error /info/description']],
    ['501 characters', described('x'.repeat(501)), ['error /info/description']],
    ['missing', described(undefined), ['error /info/description']],
    ['naming Power Automate', described('Use Contoso Tasks from Power Automate to track work.'), ['error /info/description']],
    ['saying API', described('The Contoso Tasks API lets teams track their work.'), ['warning /info/description']],
  ])('%s', (_name, edit, expected) => {
    expect(summary(descriptionContent, sampleContext(edit))).toEqual(expected);
  });
});
