/**
 * The rule ids of the findings the engine itself produces (the certification rules have their own ids in
 * main/core/rules). Listed in one place for the CLI's rule list, SARIF output and the corpus test.
 */
export const ENGINE_RULES = {
  'json-syntax': 'The JSON (or YAML) text is readable: syntax problems with their positions (catalogue 2).',
  'text-encoding': 'The file is valid UTF-8.',
  'openapi-version': 'An OpenAPI 3 document is named as such instead of failing every schema check (catalogue 8; only when the rule swagger-version, its owner, does not run).',
  'swagger-schema': 'The definition validates against the Swagger 2.0 JSON schema (catalogue 9, 10; the "swagger" value and the unknown properties of the objects unknown-properties checks are left to those rules when they run).',
  'swagger-ref': 'Every $ref points inside the document and resolves (catalogue 13; only when the rule ref-targets, its owner, does not run).',
  'swagger-semantic': 'Swagger 2.0 rules beyond the schema: unique operation ids, path parameters, one body, types (catalogue 18).',
  internal: 'A check could not run on this project (reported as information, never a crash).',
  'validation-timeout': 'The checks took longer than the time limit and were stopped.',
  'validation-failed': 'The validation worker failed.',
} as const;

export type EngineRuleId = keyof typeof ENGINE_RULES;
