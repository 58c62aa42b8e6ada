import { describe, expect, it } from 'vitest';
import { noSettingsFile } from '../../../main/core/rules/no-settings-file';
import { sampleContext, summary } from './support/sample';

describe('no-settings-file (catalogue 7)', () => {
  it.each([
    ['the three required files', ['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md'], []],
    ['settings.json included', ['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md', 'settings.json'], ['warning ']],
    ['Settings.JSON in another case', ['apiDefinition.swagger.json', 'Settings.JSON'], ['warning ']],
  ])('%s', (_name, fileNames, expected) => {
    expect(summary(noSettingsFile, sampleContext(undefined, { fileNames }))).toEqual(expected);
  });
});
