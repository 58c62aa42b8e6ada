import { describe, expect, it } from 'vitest';
import { pageable } from '../../../main/core/rules/pageable';
import { sampleContext, summary, type Json } from './support/sample';

const P = '/paths/~1projects/get/x-ms-pageable';
const pageableWith = (value: unknown, policy: boolean) => (s: Json, p: Json) => {
  s.paths['/projects'].get['x-ms-pageable'] = value;
  if (policy) p.properties.policyTemplateInstances = [{ templateId: 'updatenextlink', title: 'Next link', parameters: { 'x-ms-apimTemplate-operationName': ['ListProjects'] } }];
};

describe('pageable (catalogue 36)', () => {
  it.each([
    ['no paging', () => undefined, []],
    ['nextLinkName with an updatenextlink policy', pageableWith({ nextLinkName: 'nextLink' }, true), []],
    ['nextLinkName without the policy', pageableWith({ nextLinkName: 'nextLink' }, false), [`warning ${P}`]],
    ['no nextLinkName', pageableWith({}, true), [`error ${P}/nextLinkName`]],
    ['an empty nextLinkName', pageableWith({ nextLinkName: '' }, true), [`error ${P}/nextLinkName`]],
  ])('%s', (_name, edit, expected) => {
    expect(summary(pageable, sampleContext(edit))).toEqual(expected);
  });
});
