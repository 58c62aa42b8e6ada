/** Catalogue sections E–I (security/apiProperties, brand and icon, readme, code, breaking changes): rules 38–54. */
import type { Rule } from './rule';
import { apiPropertiesSchema } from './api-properties-schema';
import { authParameterPairing } from './auth-parameter-pairing';
import { oauthSettings } from './oauth-settings';
import { connectionParameterShape } from './connection-parameter-shape';
import { policyTemplateInstances } from './policy-template-instances';
import { scriptOperations } from './script-operations';
import { brandColor } from './brand-color';
import { brandColorNearDefault } from './brand-color-near-default';
import { iconFormat } from './icon-format';
import { readmeSections } from './readme-sections';
import { scriptClass } from './script-class';
import { breakingOperationDeleted } from './breaking-operation-deleted';
import { breakingRequiredInputAdded } from './breaking-required-input-added';
import { breakingOutputDeleted } from './breaking-output-deleted';
import { breakingOutputTypeChanged } from './breaking-output-type-changed';
import { breakingEnumAdded } from './breaking-enum-added';
import { breakingOtherChanges } from './breaking-other-changes';

export const PACKAGE_RULES: readonly Rule[] = [
  apiPropertiesSchema, // 38
  authParameterPairing, // 39
  oauthSettings, // 40
  connectionParameterShape, // 41
  policyTemplateInstances, // 42
  scriptOperations, // 43
  brandColor, // 44
  brandColorNearDefault, // 45
  iconFormat, // 46
  readmeSections, // 47
  scriptClass, // 48
  breakingOperationDeleted, // 49
  breakingRequiredInputAdded, // 50
  breakingOutputDeleted, // 51
  breakingOutputTypeChanged, // 52
  breakingEnumAdded, // 53
  breakingOtherChanges, // 54
];
