/**
 * The General step's fields: where each lives (file + JSON pointer) and how to read it. One table, so the form,
 * the findings-to-field mapping and the tests agree.
 */
import { getAt } from '../../main/core/model/json-pointer';
import { isObject } from '../../main/core/model/operations';
import { parsedJson } from './parsed';

export type GeneralFieldId =
  | 'title'
  | 'description'
  | 'scheme'
  | 'host'
  | 'basePath'
  | 'brandColor'
  | 'contactName'
  | 'contactEmail'
  | 'contactUrl'
  | 'website'
  | 'privacyPolicy'
  | 'categories'
  | 'gateway';

export interface GeneralField {
  id: GeneralFieldId;
  file: 'apiDefinition.swagger.json' | 'apiProperties.json';
  pointer: string;
}

export const GENERAL_FIELDS: readonly GeneralField[] = [
  { id: 'title', file: 'apiDefinition.swagger.json', pointer: '/info/title' },
  { id: 'description', file: 'apiDefinition.swagger.json', pointer: '/info/description' },
  { id: 'scheme', file: 'apiDefinition.swagger.json', pointer: '/schemes' },
  { id: 'host', file: 'apiDefinition.swagger.json', pointer: '/host' },
  { id: 'basePath', file: 'apiDefinition.swagger.json', pointer: '/basePath' },
  { id: 'brandColor', file: 'apiProperties.json', pointer: '/properties/iconBrandColor' },
  { id: 'contactName', file: 'apiDefinition.swagger.json', pointer: '/info/contact/name' },
  { id: 'contactEmail', file: 'apiDefinition.swagger.json', pointer: '/info/contact/email' },
  { id: 'contactUrl', file: 'apiDefinition.swagger.json', pointer: '/info/contact/url' },
  { id: 'website', file: 'apiDefinition.swagger.json', pointer: '/x-ms-connector-metadata' },
  { id: 'privacyPolicy', file: 'apiDefinition.swagger.json', pointer: '/x-ms-connector-metadata' },
  { id: 'categories', file: 'apiDefinition.swagger.json', pointer: '/x-ms-connector-metadata' },
  { id: 'gateway', file: 'apiProperties.json', pointer: '/properties/capabilities' },
];

/** The official category list (CERTIFICATION.md, rule 23). */
export const CATEGORIES = [
  'AI', 'Business Intelligence', 'Business Management', 'Collaboration', 'Commerce', 'Communication',
  'Content and Files', 'Data', 'Finance', 'Human Resources', 'Internet of Things', 'IT Operations',
  'Lifestyle and Entertainment', 'Marketing', 'Productivity', 'Sales and CRM', 'Security', 'Social Media', 'Website',
] as const;

export const METADATA_NAMES = { website: 'Website', privacyPolicy: 'Privacy policy', categories: 'Categories' } as const;

export function readString(root: unknown, pointer: string): string {
  const value = getAt(root, pointer);
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}

/** x-ms-connector-metadata is an array of { propertyName, propertyValue }: find an entry by name (case-insensitive). */
export function metadataIndex(swagger: unknown, name: string): number {
  const list = getAt(swagger, '/x-ms-connector-metadata');
  if (!Array.isArray(list)) return -1;
  return list.findIndex((entry) => isObject(entry) && typeof entry.propertyName === 'string' && entry.propertyName.toLowerCase() === name.toLowerCase());
}

export function readMetadata(swagger: unknown, name: string): string {
  const index = metadataIndex(swagger, name);
  return index < 0 ? '' : readString(swagger, `/x-ms-connector-metadata/${index}/propertyValue`);
}

/**
 * The connector's title for the window and the top bar. Read from the text near "info" rather than by parsing the
 * whole document: this runs on every keystroke, and a 1 MB definition takes ~15 ms to parse.
 */
export function titleOf(swaggerText: string | undefined): string {
  if (!swaggerText) return '';
  // The top bar and the window title ask for the same version: answer once.
  if (lastTitle?.text === swaggerText) return lastTitle.title;
  const title = readTitle(swaggerText);
  lastTitle = { text: swaggerText, title };
  return title;
}

let lastTitle: { text: string; title: string } | undefined;

function readTitle(swaggerText: string): string {
  const info = /"info"\s*:\s*\{/.exec(swaggerText.slice(0, 65536));
  if (info) {
    const match = /"title"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(swaggerText.slice(info.index, info.index + 8192));
    if (match) {
      try {
        return JSON.parse(`"${match[1]}"`) as string;
      } catch {
        // An invalid escape: fall back to the tolerant parse below.
      }
    }
  }
  return readString(parsedJson('apiDefinition.swagger.json', swaggerText), '/info/title');
}

export function hasGateway(properties: unknown): boolean {
  const capabilities = getAt(properties, '/properties/capabilities');
  return Array.isArray(capabilities) && capabilities.includes('gateway');
}

/** The connection parameter the wizard adds with the on-premises data gateway checkbox. */
export const GATEWAY_PARAMETER = {
  type: 'gatewaySetting',
  gatewaySettings: { dataSourceType: 'CustomConnector', connectionDetails: [] },
  uiDefinition: { constraints: { tabIndex: 1, required: 'true', capability: ['gateway'] } },
};
