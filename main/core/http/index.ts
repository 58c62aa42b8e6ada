/** The Test step's main-process side: what handlers.ts wires to IPC. */
export { runTest, sendOperation, type RunTestInput, type RunTestOutput } from './run-test';
export type { RequestView } from '../model/testing/types';
export { fetchDynamicList } from './dynamic-list';
export { sendTestRequest, type SendOptions, type SendResult } from './send';
export { signIn, refreshAccessToken, clientCredentials, pastedToken, type TokenSet, type SignInOptions } from './oauth';
export { resolveConnection, SECRET_NAMES, type SecretStore, type ResolvedConnection } from './connection';
export type { SendErrorCode } from './errors';
