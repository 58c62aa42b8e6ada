import { describe, expect, it } from 'vitest';
import { independentPublisher } from '../../../main/core/rules/independent-publisher';
import { findings, sampleContext, summary, type Json } from './support/sample';

const FILES = ['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md'];
const color = (value: string) => (_s: Json, p: Json) => { p.properties.iconBrandColor = value; };

describe('independent-publisher (catalogue 5)', () => {
  it.each([
    ['a certified connector with its own colour and icon', 'certified' as const, color('#3a5f8c'), [...FILES, 'icon.png'], []],
    ['an independent publisher with #da3b01 and no icon', 'independent-publisher' as const, color('#da3b01'), FILES, []],
    ['upper-case #DA3B01', 'independent-publisher' as const, color('#DA3B01'), FILES, []],
    ['an independent publisher with another colour', 'independent-publisher' as const, color('#3a5f8c'), FILES, ['error /properties/iconBrandColor']],
    ['an independent publisher with an icon', 'independent-publisher' as const, color('#da3b01'), [...FILES, 'icon.png'], ['error ']],
  ])('%s', (_name, kind, edit, fileNames, expected) => {
    expect(summary(independentPublisher, sampleContext(edit, { kind, fileNames }))).toEqual(expected);
  });

  it('fixes the colour', () => {
    const [finding] = findings(independentPublisher, sampleContext(color('#007ee5'), { kind: 'independent-publisher' }));
    expect(finding.fix?.edits).toEqual([{ file: 'apiProperties.json', path: '/properties/iconBrandColor', value: '#da3b01' }]);
  });
});
