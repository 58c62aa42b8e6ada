/**
 * The Power Platform x-ms-* extensions as JSON-schema fragments, with descriptions for completion and hover in the
 * code view. Wording follows CERTIFICATION.md and Microsoft's "OpenAPI extensions" page (L:openapi-extensions).
 */
type Schema = Record<string, unknown>;

const visibility: Schema = {
  type: 'string',
  enum: ['important', 'advanced', 'internal'],
  description:
    'x-ms-visibility: how prominently the item is shown. "important" is always shown first, "advanced" is hidden under an ' +
    'extra menu, "internal" is never shown to the user (an internal required parameter needs a default). Lowercase only.',
};

const summary: Schema = {
  type: 'string',
  description: 'x-ms-summary: the display name shown to the user (title case, at most 80 characters). Required on every parameter a user sees.',
};

const dynamicValues: Schema = {
  type: 'object',
  description:
    'x-ms-dynamic-values: fills a dropdown from another operation. operationId names an existing (usually internal) operation; ' +
    'value-collection, value-path and value-title pick the list, the value and the label from its response.',
  properties: {
    operationId: { type: 'string', description: 'The operation that returns the values (must exist in this definition).' },
    'value-collection': { type: 'string', description: 'Path to the array of values in the response (empty: the response is the array).' },
    'value-path': { type: 'string', description: 'Path inside each item to the value sent to the API.' },
    'value-title': { type: 'string', description: 'Path inside each item to the text shown in the dropdown.' },
    parameters: { type: 'object', description: 'Inputs for the referenced operation: {"name": {"parameter": "otherParam"}} or {"name": "constant"}.' },
  },
};

const dynamicList: Schema = {
  type: 'object',
  description: 'x-ms-dynamic-list: the newer form of x-ms-dynamic-values, with itemsPath, itemValuePath, itemTitlePath and parameters by reference.',
  properties: {
    operationId: { type: 'string', description: 'The operation that returns the list.' },
    itemsPath: { type: 'string', description: 'Path to the array in the response.' },
    itemValuePath: { type: 'string', description: 'Path inside each item to the value.' },
    itemTitlePath: { type: 'string', description: 'Path inside each item to the display text.' },
    parameters: { type: 'object', description: 'Inputs for the referenced operation: {"name": {"parameterReference": "otherParam"}} or {"value": …}.' },
  },
};

const dynamicSchema: Schema = {
  type: 'object',
  description: 'x-ms-dynamic-schema: the schema of this body or response comes from another operation at design time.',
  properties: {
    operationId: { type: 'string', description: 'The operation that returns the schema.' },
    parameters: { type: 'object', description: 'Inputs for the referenced operation.' },
    'value-path': { type: 'string', description: 'Path in its response to the schema.' },
  },
};

const dynamicProperties: Schema = {
  type: 'object',
  description: 'x-ms-dynamic-properties: the newer form of x-ms-dynamic-schema (operationId, parameters, itemValuePath).',
  properties: { operationId: { type: 'string' }, parameters: { type: 'object' }, itemValuePath: { type: 'string' } },
};

const enumValues: Schema = {
  type: 'array',
  description: 'x-ms-enum-values: display names for the values of a static dropdown (enum).',
  items: {
    type: 'object',
    required: ['value', 'displayName'],
    properties: { value: { description: 'The value sent to the API.' }, displayName: { type: 'string', description: 'The text the user sees.' } },
  },
};

const common: Record<string, Schema> = {
  'x-ms-summary': summary,
  'x-ms-visibility': visibility,
  'x-ms-dynamic-values': dynamicValues,
  'x-ms-dynamic-list': dynamicList,
  'x-ms-enum-values': enumValues,
};

export const PARAMETER_EXTENSIONS: Record<string, Schema> = {
  ...common,
  'x-ms-url-encoding': { type: 'string', enum: ['single', 'double'], description: 'x-ms-url-encoding: how a path parameter is URL-encoded: "single" or "double" (the default).' },
  'x-ms-dynamic-schema': dynamicSchema,
  'x-ms-dynamic-properties': dynamicProperties,
  'x-ms-test-value': { description: 'x-ms-test-value: an example value used when the operation is tested.' },
  'x-ms-notification-url': { type: 'boolean', description: 'x-ms-notification-url: true on the webhook trigger parameter that receives the callback URL (usually internal).' },
};

export const SCHEMA_EXTENSIONS: Record<string, Schema> = {
  ...common,
  'x-ms-dynamic-schema': dynamicSchema,
  'x-ms-dynamic-properties': dynamicProperties,
  'x-ms-media-kind': { type: 'string', enum: ['image', 'audio'], description: 'x-ms-media-kind: the kind of media a URL property points to.' },
  'x-ms-notification-url': { type: 'boolean', description: 'x-ms-notification-url: true on the body property that receives the webhook callback URL.' },
};

export const OPERATION_EXTENSIONS: Record<string, Schema> = {
  'x-ms-visibility': visibility,
  'x-ms-trigger': {
    type: 'string',
    enum: ['batch', 'single'],
    description:
      'x-ms-trigger: makes this operation a trigger. Webhook triggers also need a parameter with x-ms-notification-url: true; ' +
      'polling triggers use x-ms-trigger-metadata {kind: "query", mode: "polling"} or a pollingtrigger policy. ' +
      'Summary starts "When a …", description "This operation triggers when …".',
  },
  'x-ms-trigger-hint': { type: 'string', description: 'x-ms-trigger-hint: a hint shown to the user about how to fire this trigger.' },
  'x-ms-trigger-metadata': {
    type: 'object',
    description: 'x-ms-trigger-metadata: polling trigger settings.',
    properties: { kind: { type: 'string', enum: ['query'] }, mode: { type: 'string', enum: ['polling'] } },
  },
  'x-ms-notification-content': {
    type: 'object',
    description: 'x-ms-notification-content: the schema of the payload a webhook trigger receives.',
    properties: { description: { type: 'string' }, schema: { type: 'object' } },
  },
  'x-ms-pageable': {
    type: 'object',
    required: ['nextLinkName'],
    description: 'x-ms-pageable: the response is paged; nextLinkName names the response property holding the next page URL (pair it with an updatenextlink policy).',
    properties: { nextLinkName: { type: 'string', description: 'Name of the response property with the next page URL.' } },
  },
  'x-ms-api-annotation': {
    type: 'object',
    description: 'x-ms-api-annotation: versioning. Mark the old operation deprecated: true and give the new one the same family with a higher revision.',
    properties: {
      family: { type: 'string', description: 'The operation family shared by all versions.' },
      revision: { type: 'integer', minimum: 1, description: 'The version within the family (1 or more).' },
      status: { type: 'string', enum: ['Production', 'Preview'] },
    },
  },
  'x-ms-no-generic-test': { type: 'boolean', description: 'x-ms-no-generic-test: skip this operation in generic tests.' },
  'x-ms-require-user-confirmation': { type: 'boolean', description: 'x-ms-require-user-confirmation: ask the user to confirm before the operation runs.' },
  'x-ms-openai-data': { type: 'object', description: 'x-ms-openai-data: settings for Copilot/AI plugins.' },
};

export const ROOT_EXTENSIONS: Record<string, Schema> = {
  'x-ms-connector-metadata': {
    type: 'array',
    description:
      'x-ms-connector-metadata: required for certification. Entries "Website", "Privacy policy" and "Categories" ' +
      '(";"-separated from the official list: AI, Business Intelligence, … Website).',
    items: {
      type: 'object',
      required: ['propertyName', 'propertyValue'],
      properties: {
        propertyName: { type: 'string', enum: ['Website', 'Privacy policy', 'Categories'], description: 'The metadata entry.' },
        propertyValue: { type: 'string', description: 'Its value: a URL, or ";"-separated categories.' },
      },
    },
  },
  'x-ms-capabilities': {
    type: 'object',
    description: 'x-ms-capabilities: connector capabilities, e.g. testConnection {operationId} (not supported for custom connectors).',
  },
};
