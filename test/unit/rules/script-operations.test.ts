import { describe, expect, it } from 'vitest';
import { scriptOperations } from '../../../main/core/rules/script-operations';
import { apiKeyProperties, summary, swagger } from './support-package/fixtures';

const FILES = ['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md', 'script.csx'];

const rows: [string, unknown, string[], string[]][] = [
  ['operations of the swagger', ['GetOrder', 'CreateOrder'], FILES, []],
  ['empty list = all operations', [], FILES, []],
  ['an operation that does not exist', ['GetOrder', 'postCall'], FILES, ['warning /properties/scriptOperations/1']],
  ['no script.csx in the project', ['GetOrder'], FILES.slice(0, 3), ['warning /properties/scriptOperations']],
];

describe('script-operations (43)', () => {
  it.each(rows)('%s', (_name, list, fileNames, expected) => {
    const p = apiKeyProperties();
    p.properties.scriptOperations = list;
    expect(summary(scriptOperations, { swagger: swagger(), properties: p, fileNames })).toEqual(expected);
  });

  it('says nothing without scriptOperations', () => {
    expect(summary(scriptOperations, { swagger: swagger(), properties: apiKeyProperties(), fileNames: FILES })).toEqual([]);
  });
});
