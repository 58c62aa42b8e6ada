/**
 * createHandlers(host): the ConnectorApi implemented over main/core, one area per file in main/api/. No 'electron'
 * here: Electron's ipc.ts and the e2e harness both call these same functions, so what the tests exercise is what
 * users run.
 */
import { join } from 'node:path';
import type { ConnectorApi } from '../preload/contract';
import type { Host } from './host-types';
import type { Emit } from './api/emit';
import { createProjectHandlers } from './api/project';
import { createValidationHandlers } from './api/validation';
import { createSecretsHandlers, projectSecretsFor } from './api/secrets';
import { createExportHandlers, secretSourceFrom } from './api/export';
import { createTestingHandlers } from './api/testing';
import { createConvertHandlers } from './api/convert';
import { createIconHandlers } from './api/icon';

export type { Emit };

export interface Handlers extends ConnectorApi {
  /** Stops watchers and workers (window closed, test finished). */
  dispose(): Promise<void>;
}

export function createHandlers(host: Host, emit: Emit): Handlers {
  const project = createProjectHandlers(host, emit);
  const validation = createValidationHandlers(join(host.workerDir, 'validate-worker.js'));
  const secrets = createSecretsHandlers(host);
  const exporter = createExportHandlers(host, emit, secretSourceFrom(projectSecretsFor(host)));
  const testing = createTestingHandlers(host, emit, projectSecretsFor(host));
  const convert = createConvertHandlers(host, emit);
  const icon = createIconHandlers(host);
  return {
    ...project,
    ...validation,
    ...secrets,
    ...exporter,
    ...testing,
    ...convert,
    ...icon,
    async dispose() {
      await testing.dispose();
      convert.dispose();
      exporter.dispose();
      project.dispose();
      secrets.dispose();
      await validation.dispose();
    },
  };
}

export { isSafeExternalUrl, safeFolderName } from './api/project';
