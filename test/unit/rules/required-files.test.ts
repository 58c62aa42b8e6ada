import { describe, expect, it } from 'vitest';
import { requiredFiles } from '../../../main/core/rules/required-files';
import { sampleContext, summary, findings } from './support/sample';

describe('required-files (catalogue 1)', () => {
  it.each([
    ['all three files', ['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md'], []],
    ['README.md in any case, plus extras', ['apiDefinition.swagger.json', 'apiProperties.json', 'README.md', 'script.csx'], []],
    ['no readme', ['apiDefinition.swagger.json', 'apiProperties.json'], ['readme.md']],
    ['only a readme', ['Readme.md'], ['apiDefinition.swagger.json', 'apiProperties.json']],
  ])('%s', (_name, fileNames, missing) => {
    const ctx = sampleContext(undefined, { fileNames });
    expect(findings(requiredFiles, ctx).map((f) => f.file)).toEqual(missing);
    expect(summary(requiredFiles, ctx).every((s) => s.startsWith('error'))).toBe(true);
  });
});
