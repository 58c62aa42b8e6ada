import { describe, expect, it } from 'vitest';
import { iconFormat } from '../../../main/core/rules/icon-format';
import { ICON_COLOR_MESSAGE } from '../../../main/core/rules/brand-color';
import type { IconFacts } from '../../../main/core/model/icon-facts';
import { apiKeyProperties, findings, summary } from './support-package/fixtures';

const good = (): IconFacts => ({ format: 'png', width: 230, height: 230, bytes: 11_082, opaque: true, borderColor: '#FC9206' });

const rows: [string, Partial<IconFacts>, string[]][] = [
  ['230 px PNG on the brand colour', {}, []],
  ['JPEG', { format: 'jpeg' }, ['error ']],
  ['not square', { width: 230, height: 200 }, ['error ']],
  ['too big (Kanbanize: 471 px)', { width: 471, height: 471 }, ['error ']],
  ['too small', { width: 64, height: 64 }, ['error ']],
  ['smaller than 230 but allowed', { width: 180, height: 180 }, ['warning ']],
  ['over 1 MB', { bytes: 1_200_000 }, ['error ']],
  ['transparent', { opaque: false }, ['error ']],
  ['white background', { borderColor: '#ffffff' }, ['error ']],
  ['background differs from iconBrandColor', { borderColor: '#123456' }, ['error ']],
  ['background not measurable', { borderColor: null }, ['warning ']],
  ['unreadable file', { error: 'Input buffer contains unsupported image format' }, ['error ']],
];

describe('icon-format (46)', () => {
  it.each(rows)('%s', (_name, change, expected) => {
    expect(summary(iconFormat, { icon: { ...good(), ...change }, properties: apiKeyProperties() })).toEqual(expected);
  });

  it('reports on icon.png with the reviewer wording and offers the icon colour as brand colour', () => {
    const [finding] = findings(iconFormat, { icon: { ...good(), borderColor: '#123456' }, properties: apiKeyProperties() });
    expect(finding).toMatchObject({ file: 'icon.png', path: '', message: ICON_COLOR_MESSAGE });
    expect(finding.fix?.edits).toEqual([{ file: 'apiProperties.json', path: '/properties/iconBrandColor', value: '#123456' }]);
  });

  it('says nothing without an icon', () => {
    expect(findings(iconFormat, { properties: apiKeyProperties() })).toEqual([]);
  });
});
