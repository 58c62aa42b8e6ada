/** The Test step's pure model, shared by main and the renderer (no node:* imports anywhere below). */
export * from './types';
export { buildRequest, baseUrlOf, type BuildOptions, type BuiltRequest } from './build-request';
export { formModel, type FormModel, type FormField, type EnumOption, type DynamicValuesRef } from './form-model';
export { toCurl, maskHeaders, maskUrl, scrubSecrets, MASK } from './curl';
export { validateResponse, validateValue, responseSchemaFor, type ResponseValidation } from './validate-response';
export { recordRun, testReport, type RunToRecord, type HistoryEntry, type TestHistory, type TestReport, type OperationTestStatus } from './history';
export { apiKeyPlacement, WINDOWS_AUTH_EXPLANATION } from './security';
export { policyInstances } from './policies';
export { synthesize } from './synthesize';
export { sampleInputs } from './sample-inputs';
export { dynamicSource, dynamicCall, extractItems, dependencies, resolveReference, type DynamicSource, type DynamicItem, type DynamicCall, type FormValues } from './dynamic-values';
