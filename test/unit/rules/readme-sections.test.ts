import { describe, expect, it } from 'vitest';
import { readmeSections } from '../../../main/core/rules/readme-sections';
import type { RuleContext } from '../../../main/core/rules/rule';
import { findings, oauthProperties, swagger } from './support-package/fixtures';

const TEMPLATE = [
  '# Contoso Orders',
  'Contoso Orders lets you manage orders. Create, read and track them from your flows.',
  '',
  '## Publisher: Contoso',
  '## Prerequisites',
  'A Contoso account.',
  '## Supported Operations',
  '### Get an order',
  '## Obtaining Credentials',
  'Create an API key in the Contoso portal.',
  '## Known Issues and Limitations',
  'None.',
  '## Deployment Instructions',
  'Use paconn.',
].join('\r\n');

const without = (heading: string) => TEMPLATE.split('\r\n').filter((l) => !l.startsWith(heading)).join('\r\n');

const rows: [string, string, RuleContext['kind'], string[]][] = [
  ['the template', TEMPLATE, 'certified', []],
  ['lower-case headings and variants', TEMPLATE.toLowerCase().replace('## prerequisites', '## Pre-requisites').replace('## supported operations', '## Supported Actions'), 'certified', []],
  ['title at level 2 (Blueink shape)', TEMPLATE.replace('# Contoso', '## Contoso'), 'certified', []],
  ['publisher as a bold line', TEMPLATE.replace('## Publisher: Contoso', '**Publisher:** Contoso'), 'independent-publisher', []],
  ['IP without Deployment Instructions', without('## Deployment'), 'independent-publisher', []],
  ['certified without Deployment Instructions', without('## Deployment'), 'certified', ["warning readme.md is missing the required section '## Deployment Instructions'."]],
  ['IP without Obtaining Credentials (Notion)', without('## Obtaining'), 'independent-publisher', ["error readme.md is missing the required section '## Obtaining Credentials'."]],
  ['IP without Known Issues', without('## Known'), 'independent-publisher', ["error readme.md is missing the required section '## Known Issues and Limitations'."]],
  ['IP without a title', TEMPLATE.split('\r\n').slice(1).join('\r\n').replace(/^Contoso/, 'Contoso'), 'independent-publisher', [
    "error readme.md must start with a '# <Connector name>' title followed by a 2–3 sentence description.",
  ]],
];

describe('readme-sections (47)', () => {
  it.each(rows)('%s', (_name, text, kind, expected) => {
    const found = findings(readmeSections, { texts: { 'readme.md': text }, kind, swagger: swagger() });
    expect(found.map((f) => `${f.severity} ${f.message}`)).toEqual(expected);
    for (const f of found) expect(f).toMatchObject({ file: 'readme.md', path: '', step: 'export' });
  });

  it('asks OAuth connectors to explain the app registration (an error for independent publishers)', () => {
    const text = TEMPLATE.replace('Create an API key in the Contoso portal.', 'Sign in with your account.');
    const severities = (kind: RuleContext['kind']) =>
      findings(readmeSections, { texts: { 'readme.md': text }, kind, properties: oauthProperties() })
        .filter((f) => f.message.includes('OAuth'))
        .map((f) => f.severity);
    expect(severities('certified')).toEqual(['warning']);
    expect(severities('independent-publisher')).toEqual(['error']);
    const explained = text.replace('Sign in with your account.', 'Register an app and copy its client id.');
    expect(findings(readmeSections, { texts: { 'readme.md': explained }, properties: oauthProperties() })).toEqual([]);
  });

  it('leaves a missing readme to the files rule', () => {
    expect(findings(readmeSections, { texts: {} })).toEqual([]);
  });
});
