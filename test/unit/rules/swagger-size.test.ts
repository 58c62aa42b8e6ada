import { describe, expect, it } from 'vitest';
import { swaggerSize, SWAGGER_SIZE_LIMIT } from '../../../main/core/rules/swagger-size';
import { sampleContext, summary } from './support/sample';

describe('swagger-size (catalogue 3)', () => {
  it.each([
    ['a small file', 12_000, []],
    ['exactly 1 MB', SWAGGER_SIZE_LIMIT, []],
    ['one byte over 1 MB', SWAGGER_SIZE_LIMIT + 1, ['error ']],
    ['the 1.1 MB Encodian file', 1_104_994, ['error ']],
  ])('%s', (_name, swaggerBytes, expected) => {
    expect(summary(swaggerSize, sampleContext(undefined, { swaggerBytes }))).toEqual(expected);
  });
});
