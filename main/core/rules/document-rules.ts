/**
 * Catalogue sections A–D (files, structure, content, extensions): rules 1–37, in catalogue order.
 * Rule 2 (both files parse) and rule 9 (schema validation) are the validation engine's; rule 6 (portal
 * package) reads the structure of a zip input (RuleContext.package).
 */
import type { Rule } from './rule';
import { requiredFiles } from './required-files';
import { swaggerSize } from './swagger-size';
import { noSecrets } from './no-secrets';
import { independentPublisher } from './independent-publisher';
import { noSettingsFile } from './no-settings-file';
import { swaggerVersion } from './swagger-version';
import { unknownProperties } from './unknown-properties';
import { hostBasePathSchemes } from './host-base-path-schemes';
import { productionHost } from './production-host';
import { refTargets } from './ref-targets';
import { pathCaseUnique } from './path-case-unique';
import { operationId } from './operation-id';
import { defaultType } from './default-type';
import { schemaCount } from './schema-count';
import { swaggerStructure } from './swagger-structure';
import { titleLength } from './title-length';
import { titleRestrictedWords } from './title-restricted-words';
import { descriptionContent } from './description-content';
import { contact } from './contact';
import { connectorMetadata } from './connector-metadata';
import { operationSummary } from './operation-summary';
import { operationDescription } from './operation-description';
import { parameterSummaryDescription } from './parameter-summary-description';
import { visibilityValues } from './visibility-values';
import { internalRequiredDefault } from './internal-required-default';
import { responseSchema } from './response-schema';
import { defaultResponseSchema } from './default-response-schema';
import { responsePropertyDocs } from './response-property-docs';
import { triggerWording } from './trigger-wording';
import { extensionNames } from './extension-names';
import { triggerExtensions } from './trigger-extensions';
import { dynamicReferences } from './dynamic-references';
import { pageable } from './pageable';
import { extensionValues } from './extension-values';
import { portalPackage } from './portal-package';

export const DOCUMENT_RULES: readonly Rule[] = [
  requiredFiles,
  swaggerSize,
  noSecrets,
  independentPublisher,
  portalPackage,
  noSettingsFile,
  swaggerVersion,
  unknownProperties,
  hostBasePathSchemes,
  productionHost,
  refTargets,
  pathCaseUnique,
  operationId,
  defaultType,
  schemaCount,
  swaggerStructure,
  titleLength,
  titleRestrictedWords,
  descriptionContent,
  contact,
  connectorMetadata,
  operationSummary,
  operationDescription,
  parameterSummaryDescription,
  visibilityValues,
  internalRequiredDefault,
  responseSchema,
  defaultResponseSchema,
  responsePropertyDocs,
  triggerWording,
  extensionNames,
  triggerExtensions,
  dynamicReferences,
  pageable,
  extensionValues,
];
