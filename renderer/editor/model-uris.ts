/** Model URIs shared by the Monaco set-up (schema association) and the file models. */
export const SWAGGER_MODEL_URI = 'inmemory://connector/apiDefinition.swagger.json';
