/**
 * JSON schema (draft-07) for apiProperties.json — catalogue rule 38.
 *
 * Written from our reading of the public paconn schema (M:schemas/paconn-apiProperties.schema.json) with the
 * catalogue's local fixes, which the certified corpus shows the platform accepts:
 * - `redirectMode: "GlobalPerConnector"` (35 connectors), besides "Global" and "Direct";
 * - `scriptOperations` (61 connectors; paconn README) and multi-auth `connectionParameterSets` (10).
 *
 * The schema stays structural on purpose: the finer checks have their own rules with precise messages
 * and fixes — parameter names and constraint types (41), identity-provider custom parameters and the
 * token:TenantId shape (40), per-template policy parameters (42).
 */
import Ajv, { type ValidateFunction } from 'ajv';

const stringArray = { type: 'array', items: { type: 'string' } } as const;

const uiDefinition = {
  type: 'object',
  additionalProperties: false,
  properties: {
    displayName: { type: 'string' },
    description: { type: 'string' },
    tooltip: { type: 'string' },
    tabIndex: { type: 'integer' },
    constraints: {
      type: 'object',
      additionalProperties: false,
      properties: {
        clearText: {},
        required: {},
        hidden: {},
        tabIndex: { type: 'integer' },
        capability: stringArray,
        allowedValues: {
          type: 'array',
          items: {
            type: 'object',
            required: ['value'],
            additionalProperties: false,
            properties: { value: { type: 'string' }, text: { type: 'string' } },
          },
        },
        dependencies: { type: 'object' },
      },
    },
  },
} as const;

const oAuthSettings = {
  type: 'object',
  required: ['identityProvider'],
  additionalProperties: false,
  properties: {
    // The public schema also accepts identity providers it does not list (its "Unknown identifier" branch).
    identityProvider: { type: 'string', minLength: 1 },
    clientId: { type: ['string', 'null'] },
    clientSecret: { type: ['string', 'null'] },
    redirectMode: { type: 'string', enum: ['Global', 'GlobalPerConnector', 'Direct'] },
    redirectUrl: { type: 'string' },
    scopes: stringArray,
    properties: { type: 'object' },
    additionalParameters: { type: 'object' },
    customParameters: { type: 'object', additionalProperties: { type: 'object' } },
  },
  patternProperties: {
    '^[cC]lientI[dD]$': { type: ['string', 'null'] },
    '^[cC]lientSecret$': { type: ['string', 'null'] },
  },
} as const;

const connectionParameter = {
  type: 'object',
  required: ['type'],
  additionalProperties: false,
  properties: {
    type: { enum: ['string', 'securestring', 'int', 'bool', 'gatewaySetting', 'oauthSetting'] },
    uiDefinition,
    oAuthSettings,
    gatewaySettings: { type: 'object' },
    metadata: { type: 'object' },
    allowedValues: {
      type: 'array',
      items: {
        type: 'object',
        required: ['value'],
        properties: { value: { type: 'string' }, uiDefinition: { type: 'object' } },
      },
    },
    defaultValue: { type: 'string' },
  },
} as const;

const policyTemplateInstance = {
  type: 'object',
  required: ['templateId'],
  additionalProperties: false,
  properties: {
    templateId: { type: 'string', minLength: 1 },
    title: { type: 'string' },
    type: { type: 'string' },
    parameters: { type: 'object' },
  },
} as const;

export const API_PROPERTIES_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  required: ['properties'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    properties: {
      type: 'object',
      required: ['iconBrandColor'],
      additionalProperties: false,
      properties: {
        iconBrandColor: { type: 'string' },
        publisher: { type: 'string' },
        stackOwner: { type: 'string' },
        capabilities: stringArray,
        connectionParameters: { type: 'object', additionalProperties: connectionParameter },
        connectionParameterSets: {
          type: 'object',
          required: ['values'],
          additionalProperties: false,
          properties: {
            uiDefinition: { type: 'object' },
            values: {
              type: 'array',
              minItems: 1,
              items: {
                type: 'object',
                required: ['name', 'parameters'],
                additionalProperties: false,
                properties: {
                  name: { type: 'string', minLength: 1 },
                  uiDefinition: { type: 'object' },
                  metadata: { type: 'object' },
                  parameters: { type: 'object', additionalProperties: connectionParameter },
                },
              },
            },
          },
        },
        policyTemplateInstances: { type: 'array', items: policyTemplateInstance },
        scriptOperations: stringArray,
      },
    },
  },
} as const;

let compiled: ValidateFunction | undefined;

/** The compiled validator: compiled once per process, on first use. */
export function apiPropertiesValidator(): ValidateFunction {
  compiled ??= new Ajv({ allErrors: true, strict: false }).compile(API_PROPERTIES_SCHEMA);
  return compiled;
}
