import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonLoosely } from '../../../main/core/export/gates';
import { generateReadme, listReadmePlaceholders } from '../../../main/core/export/readme';
import { corpusConnectors, corpusDir } from '../../support/corpus';

// Some certified files are not strict JSON (trailing commas): parse them the way the export does.
const load = (name: string, file: string) => parseJsonLoosely(readFileSync(join(corpusDir(name), file), 'utf8'));
const headings = (text: string) => text.split('\n').filter((l) => /^##? /.test(l));

// microsoft/PowerPlatformConnectors templates/certified-connectors/readme.md, section by section.
const TEMPLATE_SECTIONS = ['## Prerequisites', '## Supported Operations', '## Obtaining Credentials', '## Getting Started', '## Known Issues and Limitations', '## Frequently Asked Questions'];

const swagger = {
  swagger: '2.0',
  info: { title: 'Contoso Tasks', description: 'Contoso Tasks keeps track of team work. The connector creates and lists tasks.', contact: { name: 'Contoso Ltd' } },
  paths: {
    '/tasks': {
      get: { operationId: 'ListTasks', summary: 'List tasks', description: 'Lists the tasks of a project.' },
      post: { operationId: 'CreateTask', summary: 'Create a task' },
    },
    '/hooks': { post: { operationId: 'OnTask', summary: 'When a task is created', 'x-ms-trigger': 'single', description: 'Fires on new tasks.' } },
    '/internal': { get: { operationId: 'Lookup', summary: 'Lookup', 'x-ms-visibility': 'internal' } },
  },
};

describe('generateReadme', () => {
  it("follows Microsoft's template headings, with the deployment section for certified connectors", () => {
    const text = generateReadme(swagger, { properties: {} }, 'certified');
    expect(headings(text)).toEqual(['# Contoso Tasks', '## Publisher: Contoso Ltd', ...TEMPLATE_SECTIONS, '## Deployment Instructions']);
    expect(headings(generateReadme(swagger, {}, 'independent-publisher'))).not.toContain('## Deployment Instructions');
  });

  it('writes one ### per visible operation with its description, marking missing ones', () => {
    const text = generateReadme(swagger, {}, 'certified');
    expect(text).toContain('### List tasks\nLists the tasks of a project.\n');
    expect(text).toContain('### When a task is created\nFires on new tasks.\n');
    expect(text).toContain('### Create a task\n**[FILL IN: what "Create a task" does]**');
    expect(text).not.toContain('### Lookup');
  });

  it('prefers the publisher from apiProperties, then the contact, then asks', () => {
    expect(generateReadme(swagger, { properties: { publisher: 'Contoso Corporation' } }, 'certified')).toContain('## Publisher: Contoso Corporation');
    expect(generateReadme({ info: { title: 'X' } }, {}, 'independent-publisher')).toContain('## Publisher: **[FILL IN: your name (the independent publisher)]**');
  });

  it('drafts credentials for an API key', () => {
    const text = generateReadme({ ...swagger, securityDefinitions: { key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } } }, {}, 'certified');
    expect(text).toContain('This connector authenticates with an API key, sent in the `X-Api-Key` header.');
  });

  it('drafts credentials for basic authentication', () => {
    const text = generateReadme({ ...swagger, securityDefinitions: { basic: { type: 'basic' } } }, {}, 'certified');
    expect(text).toContain('sign in with the user name and password of your Contoso Tasks account');
  });

  it('spells out app registration for OAuth when the publisher brings the app', () => {
    const security = { securityDefinitions: { oauth: { type: 'oauth2', flow: 'accessCode', scopes: { 'tasks.read': '' } } } };
    const props = { properties: { connectionParameters: { token: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'oauth2', scopes: ['tasks.read', 'offline_access'], redirectUrl: 'https://global.consent.azure-apim.net/redirect' } } } } };
    const ip = generateReadme({ ...swagger, ...security }, props, 'independent-publisher');
    expect(ip).toContain('`tasks.read`, `offline_access`');
    expect(ip).toContain('2. Create an OAuth app and set its redirect URL to `https://global.consent.azure-apim.net/redirect`.');
    const aad = { properties: { connectionParameters: { token: { oAuthSettings: { identityProvider: 'aad' } } } } };
    expect(generateReadme({ ...swagger, ...security }, aad, 'custom')).toContain('**App registrations** > **New registration**');
    expect(generateReadme({ ...swagger, ...security }, props, 'certified')).toContain('you sign in with your Contoso Tasks account');
  });

  it('says so when no credentials are needed', () => {
    expect(generateReadme(swagger, {}, 'certified')).toContain('This connector does not need credentials');
  });

  it('lists the placeholders left to fill, with positions', () => {
    const text = generateReadme(swagger, {}, 'certified');
    const found = listReadmePlaceholders(text);
    expect(found.map((p) => p.hint)).toContain('known issues and limitations a user may encounter (write "None known." if there are none)');
    const first = found[0];
    expect(text.split('\n')[first.line - 1].slice(first.column - 1)).toMatch(/^\[FILL IN: /);
    expect(listReadmePlaceholders('# Done\nAll filled in.')).toEqual([]);
  });

  it('drafts a readme for every corpus connector with all required sections', () => {
    for (const { name } of corpusConnectors()) {
      const kind = name.startsWith('certified') ? 'certified' : name.startsWith('independent') ? 'independent-publisher' : 'custom';
      const text = generateReadme(load(name, 'apiDefinition.swagger.json'), load(name, 'apiProperties.json'), kind);
      const found = headings(text);
      for (const section of TEMPLATE_SECTIONS) expect(found, name).toContain(section);
      expect(found[1], name).toMatch(/^## Publisher: /);
    }
  });
});
