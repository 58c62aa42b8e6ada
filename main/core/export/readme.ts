/**
 * Drafts a readme.md from the definition, following Microsoft's template section by section
 * (templates/certified-connectors/readme.md, CERTIFICATION.md §2e). What the definition already says is
 * filled in; what only the author knows is a visible placeholder (readme-placeholders.ts).
 */
import type { ConnectorKindName } from '../model/kind';
import { isObject, listOperations, type JsonObject } from '../model/operations';
import { draftCredentials } from './readme-credentials';
import { placeholder } from './readme-placeholders';

export { listReadmePlaceholders } from './readme-placeholders';

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function publisherName(swagger: JsonObject, properties: unknown, kind: ConnectorKindName): string {
  const props = isObject(properties) && isObject(properties.properties) ? properties.properties : {};
  const contact = isObject(swagger.info) && isObject(swagger.info.contact) ? swagger.info.contact : {};
  return (
    text(props.publisher) ??
    text(contact.name) ??
    placeholder(kind === 'independent-publisher' ? 'your name (the independent publisher)' : 'the company or organisation that publishes the connector')
  );
}

function operations(swagger: unknown): string[] {
  const lines: string[] = [];
  for (const op of listOperations(swagger)) {
    if (op.operation['x-ms-visibility'] === 'internal') continue;
    const heading = text(op.operation.summary) ?? op.operationId ?? `${op.method.toUpperCase()} ${op.path}`;
    const description =
      text(op.operation.description) ?? placeholder(`what "${heading}" does${op.isTrigger ? ' and when it fires' : ''}`);
    lines.push(`### ${heading}`, description, '');
  }
  if (lines.length === 0) lines.push(placeholder('the actions and triggers of the connector'), '');
  return lines;
}

function deployment(hasScript: boolean): string[] {
  return [
    'Run the following command and follow the prompts to deploy this connector as a custom connector in your environment:',
    '',
    '```',
    `paconn create --api-def apiDefinition.swagger.json --api-prop apiProperties.json${hasScript ? ' --script script.csx' : ''}`,
    '```',
    '',
    'See [the paconn CLI](https://learn.microsoft.com/connectors/custom-connectors/paconn-cli) for installing it and signing in.',
  ];
}

export interface ReadmeOptions {
  /** The connector has a script.csx (named in the deployment command). */
  hasScript?: boolean;
}

export function generateReadme(swagger: unknown, properties: unknown, kind: ConnectorKindName, options: ReadmeOptions = {}): string {
  const doc = isObject(swagger) ? swagger : {};
  const info = isObject(doc.info) ? doc.info : {};
  const title = text(info.title) ?? 'Connector';
  const lines = [
    `# ${title}`,
    text(info.description) ?? placeholder('one paragraph, two to three sentences about the service and the connector'),
    '',
    `## Publisher: ${publisherName(doc, properties, kind)}`,
    '',
    '## Prerequisites',
    placeholder(`the plans, licences or tools a user needs, e.g. a ${title} account`),
    '',
    '## Supported Operations',
    ...operations(swagger),
    '## Obtaining Credentials',
    ...draftCredentials(swagger, properties, kind, title),
    '',
    '## Getting Started',
    placeholder('how to get started with the connector (optional: delete this section if there is nothing to say)'),
    '',
    '## Known Issues and Limitations',
    placeholder('known issues and limitations a user may encounter (write "None known." if there are none)'),
    '',
    '## Frequently Asked Questions',
    placeholder('questions customers ask, each as "### Question" and its answer (optional: delete this section if there are none)'),
    '',
  ];
  if (kind === 'certified') lines.push('## Deployment Instructions', ...deployment(options.hasScript ?? false), '');
  return lines.join('\n');
}
