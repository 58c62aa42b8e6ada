/**
 * The policy templates of apiProperties.json as data (catalogue rule 42), from our reading of the paconn
 * apiProperties schema (M:schemas/paconn-apiProperties.schema.json, 13 templates) and L:policy-templates.
 * Keys are lower-case template ids (the schema accepts case variants such as "SetHeader").
 */
export interface PolicyTemplate {
  /** Template parameters that must be present (without the "x-ms-apimTemplateParameter." prefix). */
  required: string[];
  /** Parameters restricted to a list of values. */
  enums: Record<string, string[]>;
  /** Allowed values of x-ms-apimTemplate-policySection. */
  sections: string[];
}

const REQUEST_RESPONSE = ['Request', 'Response'];
const EXISTS_ACTION = ['override', 'skip', 'append'];

export const POLICY_TEMPLATES: Record<string, PolicyTemplate> = {
  convertarraytoobject: {
    required: ['propertyParentPath', 'keyWithinCollectionPath', 'newPropertyPath'],
    enums: { retainKey: ['true', 'false'] },
    sections: REQUEST_RESPONSE,
  },
  convertobjecttoarray: { required: ['propertyParentPath', 'newPropertyPath'], enums: {}, sections: REQUEST_RESPONSE },
  dynamichosturl: { required: ['urlTemplate'], enums: {}, sections: REQUEST_RESPONSE },
  encodepropertyvalue: { required: ['propertyParentPath', 'newPropertyPath'], enums: {}, sections: REQUEST_RESPONSE },
  pollingtrigger: { required: ['triggerConfig', 'triggerDataPath'], enums: {}, sections: REQUEST_RESPONSE },
  routerequesttoendpoint: {
    required: ['newPath'],
    enums: { httpMethod: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', '@Request.OriginalHTTPMethod'] },
    sections: REQUEST_RESPONSE,
  },
  setheader: { required: ['name', 'value'], enums: { existsAction: EXISTS_ACTION }, sections: ['Request', 'Response', 'Failure'] },
  setproperty: {
    required: ['newPropertyParentPathTemplate', 'newPropertySubPathTemplate', 'propertyValuePathTemplate'],
    enums: {},
    sections: REQUEST_RESPONSE,
  },
  setqueryparameter: { required: ['name', 'value'], enums: { existsAction: EXISTS_ACTION }, sections: REQUEST_RESPONSE },
  setvaluefromurl: {
    required: ['parameterTemplate', 'parameterValueUrl', 'parameterValuePathTemplate'],
    enums: { httpMethod: ['GET', 'POST', 'PUT'] },
    sections: REQUEST_RESPONSE,
  },
  stringreplace: {
    required: ['propertyParentPath', 'sourceString', 'replacementString', 'newPropertyPath'],
    enums: {},
    sections: REQUEST_RESPONSE,
  },
  stringtoarray: {
    required: ['propertyParentPath', 'delimiterList', 'childPropertyName', 'newPropertyPath'],
    enums: {},
    sections: REQUEST_RESPONSE,
  },
  updatenextlink: { required: ['nextLinkPropertyName'], enums: {}, sections: REQUEST_RESPONSE },
};

/** Templates used by certified connectors but absent from the schema (CERTIFICATION.md §2c): accepted as they are. */
export const UNSCHEMATISED_TEMPLATES = new Set(['dynamicsubdomain', 'moveproperties', 'setconnectionstatustounauthenticated']);

export const PARAMETER_PREFIX = 'x-ms-apimTemplateParameter.';
export const OPERATION_NAMES = 'x-ms-apimTemplate-operationName';
export const POLICY_SECTION = 'x-ms-apimTemplate-policySection';
