/** The Security step's model: read, write and template a connector's authentication (pure, no Node). */
export * from './auth-config';
export { readAuth, setKind } from './read-auth';
export { writeAuth, type AuthTexts } from './write-auth';
export { defaultAuth, defaultOAuth2 } from './auth-templates';
export { secretFields, isSecret, type SecretField } from './secret-fields';
