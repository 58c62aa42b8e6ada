/**
 * Contract area: export — the ExportApi over main/core/export. Each export asks for its target first, then runs
 * the full (deep) validation in its own worker and the core's gates on the files as they will leave: the
 * renderer's findings are never trusted for a gate. Secrets the user stored are matched exactly and reported
 * masked; progress goes to the renderer as 'export-progress' events.
 */
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { getLocation } from 'jsonc-parser';
import { testReport, type TestHistory } from '../core/model/testing/history';
import { parseTolerant } from '../core/text/tolerant-json';
import type { ExportApi, ExportBlock, ExportLocation, ExportOutcome, ExportProgressEvent, ExportRequest, Result, SecretScope } from '../../preload/contract';
import type { Host } from '../host-types';
import type { Emit } from './emit';
import type { ExportFileName, ExportInput, ExportProgress, GateReason, SubmissionDetails } from '../core/export/export-input';
import type { SecretHit, SecretKind } from '../core/export/secret-scan';
import type { Finding, WizardStep } from '../core/model/findings';
import type { ConnectorKindName } from '../core/model/kind';
import { TEXT_FILES, type TextFileName } from '../core/model/project';
import { toPointer } from '../core/model/json-pointer';
import { buildSubmissionZip, writePullRequestFolder } from '../core/export/package';
import { generateReadme, listReadmePlaceholders } from '../core/export/readme';
import { parseJsonLoosely } from '../core/export/gates';
import { encodeText } from '../core/text/encoding';
import { LineIndex } from '../core/text/line-index';
import { inspectIcon } from '../core/icon/inspect';
import { ValidationService } from '../core/validate/worker';
import type { ProjectSecrets } from './secrets';
import { safeFolderName } from './project';

/** Where the export gets the values of the user's stored secrets (none of them may leave in a package). */
export interface ExportSecretSource {
  knownSecrets(scope: SecretScope): Promise<string[]>;
}

/** Every secret in the store (any project: none may leave), plus this project's not-yet-saved ones. */
export function secretSourceFrom(secrets: ProjectSecrets): ExportSecretSource {
  return {
    async knownSecrets(scope) {
      const values = new Set<string>();
      for (const info of await secrets.list(scope)) {
        const entry = await secrets.read(scope, info.field);
        if (entry) values.add(entry.value);
      }
      for (const entry of await secrets.store.list()) {
        const value = await secrets.store.get(entry.ref).catch(() => undefined);
        if (value) values.add(value);
      }
      return [...values];
    },
  };
}

const SECRET_LABELS: Record<SecretKind, string> = {
  'known-secret': 'A secret you stored in the app',
  'oauth-client-secret': 'An OAuth client secret',
  'sample-value': 'A real-looking key in a sample value',
  jwt: 'A JSON Web Token',
  'aws-access-key': 'An AWS access key',
  'github-token': 'A GitHub token',
  'slack-token': 'A Slack token',
  'google-api-key': 'A Google API key',
  'stripe-key': 'A Stripe key',
  'openai-key': 'An OpenAI-style secret key',
  'azure-storage-key': 'An Azure storage key',
  'private-key': 'A private key',
  'bearer-token': 'A bearer token',
  'high-entropy-value': 'A real-looking secret',
};

/** The step where a value at this file and pointer is edited. */
export function stepFor(file: string, path: string): WizardStep {
  if (file === 'apiProperties.json') return path.startsWith('/properties/iconBrandColor') || path.startsWith('/properties/publisher') ? 'general' : 'security';
  if (file === 'apiDefinition.swagger.json') {
    if (path.startsWith('/securityDefinitions') || path.startsWith('/security')) return 'security';
    if (path.startsWith('/paths') || path.startsWith('/definitions') || path.startsWith('/parameters') || path.startsWith('/responses')) return 'definition';
    return path === '' ? 'definition' : 'general';
  }
  if (file === 'script.csx') return 'code';
  if (file === 'icon.png') return 'general';
  return 'export';
}

function findingLocation(finding: Finding): ExportLocation {
  return {
    file: finding.file,
    line: finding.line,
    column: finding.column,
    path: finding.path,
    step: finding.step ?? stepFor(finding.file, finding.path),
    rule: finding.rule,
    message: finding.message,
  };
}

function secretLocation(hit: SecretHit, texts: Partial<Record<string, string>>): ExportLocation {
  const text = texts[hit.file];
  let path = '';
  if (text !== undefined && hit.file.endsWith('.json')) {
    const offset = new LineIndex(text).offset(hit.line, hit.column);
    path = toPointer(getLocation(text, offset).path);
  }
  return { file: hit.file, line: hit.line, column: hit.column, path, step: stepFor(hit.file, path), rule: hit.kind, message: `${SECRET_LABELS[hit.kind]}: ${hit.preview}` };
}

export function toBlocks(reasons: GateReason[], texts: Partial<Record<string, string>>): ExportBlock[] {
  return reasons.map((reason) => ({
    code: reason.code,
    message: reason.message,
    overridable: reason.overridable,
    locations: [...(reason.findings ?? []).map(findingLocation), ...(reason.secrets ?? []).map((hit) => secretLocation(hit, texts))],
  }));
}

const KIND_NAMES: readonly string[] = ['certified', 'independent-publisher', 'custom'] satisfies ConnectorKindName[];

function optionalText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** What the renderer sent, checked: the password only travels with the explicit opt-in. */
/** The Test step's report (operations tested, status, schema validity, date), as evidence for reviewers. */
function testReportOf(swaggerText: string | undefined, sidecar: ExportRequest['sidecar']): string | undefined {
  const history = (sidecar?.tests as { history?: TestHistory } | undefined)?.history;
  if (!swaggerText || !history || Object.keys(history).length === 0) return undefined;
  return testReport(parseTolerant(swaggerText).value, history).markdown;
}

function submissionOf(request: ExportRequest): SubmissionDetails | undefined {
  const given = request.submission;
  if (!given || typeof given !== 'object') return undefined;
  const account = given.testAccount ?? {};
  const includePassword = given.includePassword === true && optionalText(account.password) !== undefined;
  return {
    testAccount: {
      instructions: optionalText(account.instructions),
      username: optionalText(account.username),
      password: includePassword ? account.password : undefined,
    },
    includePassword,
    environment: optionalText(given.environment)?.trim(),
  };
}

function checkRequest(request: ExportRequest): void {
  if (!request || typeof request !== 'object' || !request.files || typeof request.files !== 'object') throw new Error('The export request holds no project files.');
  if (!KIND_NAMES.includes(request.kind)) throw new Error(`Unknown connector kind "${String(request.kind)}".`);
  if (!request.secretScope || typeof request.secretScope.session !== 'string') throw new Error('The export request names no project.');
}

function textsOf(request: ExportRequest): Partial<Record<TextFileName, string>> {
  const texts: Partial<Record<TextFileName, string>> = {};
  for (const name of TEXT_FILES) {
    const data = request.files[name];
    if (data && typeof data.text === 'string') texts[name] = data.text;
  }
  return texts;
}

function failure(error: unknown, what: string): Result<never> {
  const code = (error as NodeJS.ErrnoException)?.code;
  return { ok: false, error: { code: 'export-failed', message: `${what} could not be written${code ? ` (${code})` : ''}: ${(error as Error)?.message ?? String(error)}` } };
}

export function createExportHandlers(host: Host, emit: Emit, secrets?: ExportSecretSource): ExportApi & { dispose(): void } {
  let service: ValidationService | undefined;
  let running = false;

  const progress = (target: ExportProgressEvent['target']) => (p: ExportProgress) => emit('export-progress', { target, stage: p.stage, done: p.done });

  /** The package input with findings from a full validation of exactly these texts. */
  const buildInput = async (request: ExportRequest, target: ExportProgressEvent['target']): Promise<ExportInput> => {
    emit('export-progress', { target, stage: 'validating' });
    const texts = textsOf(request);
    const icon = request.iconBase64 ? new Uint8Array(Buffer.from(request.iconBase64, 'base64')) : undefined;
    const previous = request.sidecar?.previous;
    service ??= new ValidationService(join(host.workerDir, 'validate-worker.js'));
    const answer = await service.validate({
      texts,
      fileNames: Array.isArray(request.fileNames) ? request.fileNames : Object.keys(texts),
      kind: request.kind,
      icon: icon ? await inspectIcon(icon) : undefined,
      previous: previous ? { swagger: previous.swagger, properties: previous.properties } : undefined,
      deep: true,
    });
    if ('superseded' in answer) throw new Error('The validation before export was interrupted; try again.');
    const files: ExportInput['files'] = {};
    const diskNames: ExportInput['diskNames'] = {};
    for (const name of Object.keys(texts) as ExportFileName[]) {
      const data = request.files[name]!;
      files[name] = encodeText(data.text, data.bom === true);
      diskNames[name] = typeof data.diskName === 'string' ? data.diskName : name;
    }
    return {
      files,
      diskNames,
      icon,
      sidecar: request.sidecar,
      kind: request.kind as ConnectorKindName,
      findings: answer.findings,
      knownSecrets: secrets ? await secrets.knownSecrets(request.secretScope) : [],
      allowErrors: request.allowErrors === true,
      submission: submissionOf(request),
      testReport: testReportOf(texts['apiDefinition.swagger.json'], request.sidecar),
    };
  };

  const exclusive = async (work: () => Promise<Result<ExportOutcome> | null>): Promise<Result<ExportOutcome> | null> => {
    if (running) return { ok: false, error: { code: 'busy', message: 'An export is already running: wait for it to finish.' } };
    running = true;
    try {
      return await work();
    } finally {
      running = false;
    }
  };

  return {
    exportZip: (request) =>
      exclusive(async () => {
        checkRequest(request);
        const target = await host.showSaveFileDialog(`${safeFolderName(request.title)}.zip`, [{ name: 'Submission package', extensions: ['zip'] }]);
        if (!target) return null;
        const input = await buildInput(request, 'zip');
        const result = await buildSubmissionZip(input, { onProgress: progress('zip') });
        if (result.blocked) return { ok: true, value: { status: 'blocked', blocks: toBlocks(result.reasons, textsOf(request)) } };
        emit('export-progress', { target: 'zip', stage: 'writing', done: 0 });
        try {
          await writeFileAtomic(target, Buffer.from(result.zip.buffer, result.zip.byteOffset, result.zip.byteLength));
        } catch (error) {
          return failure(error, target);
        }
        emit('export-progress', { target: 'zip', stage: 'done' });
        return {
          ok: true,
          value: { status: 'written', path: target, entries: result.entries, overridden: result.overridden.map((r) => r.message), leftAlone: [], bytes: result.zip.byteLength },
        };
      }),

    writePullRequestFolder: (request) =>
      exclusive(async () => {
        checkRequest(request);
        const folder = await host.showSaveFolderDialog(safeFolderName(request.title));
        if (!folder) return null;
        const input = await buildInput(request, 'folder');
        try {
          const result = await writePullRequestFolder(input, folder, { onProgress: progress('folder') });
          if (result.blocked) return { ok: true, value: { status: 'blocked', blocks: toBlocks(result.reasons, textsOf(request)) } };
          return { ok: true, value: { status: 'written', path: folder, entries: result.written, overridden: result.overridden.map((r) => r.message), leftAlone: result.leftAlone } };
        } catch (error) {
          return failure(error, folder);
        }
      }),

    async generateReadme(request) {
      if (!KIND_NAMES.includes(request.kind)) throw new Error(`Unknown connector kind "${String(request.kind)}".`);
      return generateReadme(parseJsonLoosely(request.swagger), parseJsonLoosely(request.properties), request.kind, { hasScript: request.hasScript === true });
    },

    async readmePlaceholders(text) {
      return typeof text === 'string' ? listReadmePlaceholders(text) : [];
    },

    dispose() {
      service?.dispose();
      service = undefined;
    },
  };
}
