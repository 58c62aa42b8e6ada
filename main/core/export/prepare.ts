/**
 * The work shared by both exports (zip and pull-request folder): decode what is needed to check the
 * files, run the gates, and compose settings.json and the submission sheet. The connector files
 * themselves are never rewritten: they leave as the exact bytes given.
 */
import { isObject, type JsonObject } from '../model/operations';
import { decodeText } from '../text/encoding';
import type { ExportFileName, ExportInput, GateReason } from './export-input';
import { errorGates, parseJsonLoosely } from './gates';
import type { ScanFile } from './secret-scan';
import { generateSettings } from './settings';
import { generateSubmissionSheet, SUBMISSION_SHEET_FILE } from './submission-sheet';
import { factsFromDocument, scanSwaggerFacts, type SwaggerFacts } from './swagger-facts';

export interface PreparedExport {
  /** Errors found without the secret scan: overridable ones and missing core files. */
  errorReasons: GateReason[];
  sheetText: string;
  /** Everything that leaves the machine as text, for the secret scan. */
  scanFiles: ScanFile[];
}

export interface GateOutcome {
  reasons: GateReason[];
  blocking: GateReason[];
  overridden: GateReason[];
}

/** allowErrors overrides the overridable reasons; nothing overrides the others (secrets, missing files). */
export function decideGates(reasons: GateReason[], allowErrors: boolean | undefined): GateOutcome {
  return {
    reasons,
    blocking: reasons.filter((r) => !r.overridable || !allowErrors),
    overridden: reasons.filter((r) => r.overridable && allowErrors),
  };
}

function field(object: unknown, key: string): unknown {
  return isObject(object) ? object[key] : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function sheetFor(input: ExportInput, swagger: SwaggerFacts, properties: unknown, overriddenOn: string | undefined, withPassword: boolean, packageErrors: string[]): string {
  const info = swagger.info;
  const contact = field(info, 'contact');
  const submission = input.submission ?? {};
  return generateSubmissionSheet({
    connectorName: str(field(info, 'title')) ?? 'Untitled connector',
    kind: input.kind,
    brandColor: str(field(field(properties, 'properties'), 'iconBrandColor')),
    supportContact: { name: str(field(contact, 'name')), email: str(field(contact, 'email')), url: str(field(contact, 'url')) },
    testAccount: submission.testAccount ?? testAccountFromSidecar(input.sidecar.submission),
    includePassword: withPassword && submission.includePassword === true,
    findings: input.findings,
    errorsOverriddenOn: overriddenOn,
    packageErrors,
    testReport: input.testReport,
  });
}

/** The sidecar holds test account instructions and user name (never the password). */
function testAccountFromSidecar(submission: JsonObject | undefined): { instructions?: string; username?: string } | undefined {
  const account = field(submission, 'testAccount');
  if (!isObject(account)) return undefined;
  return { instructions: str(account.instructions), username: str(account.username) };
}

/** Independent publishers must not submit an icon (CERTIFICATION.md §3 rule 5). */
export function iconFor(input: ExportInput): Uint8Array | undefined {
  return input.kind === 'independent-publisher' ? undefined : input.icon;
}

/** settings.json depends on which files go out and the submission ids, not on the documents' content. */
export function settingsFor(input: ExportInput): string {
  const submission = input.submission ?? {};
  return generateSettings({
    hasIcon: iconFor(input) !== undefined,
    hasScript: input.files['script.csx'] !== undefined,
    environment: submission.environment ?? str(field(input.sidecar.submission, 'environment')),
    connectorId: submission.connectorId ?? str(field(input.sidecar.submission, 'connectorId')),
  });
}

/** Gives the thread back to the event loop for a moment (zlib's thread-pool chunks each need it to go on). */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * `zipSettings` is the settings.json text for the zip, or null for the pull-request folder: the secret
 * scan covers exactly what that export writes (the zip has settings.json and the sheet but no intro.md).
 * Awaits `pause` between its pieces of work, so a zip compressing meanwhile keeps going.
 */
export async function prepareExport(input: ExportInput, now: Date, zipSettings: string | null, pause: () => Promise<void> = yieldToEventLoop): Promise<PreparedExport> {
  // The files are scanned as they are (bytes); only what must be read as JSON is decoded, each file at most once.
  const files = (Object.entries(input.files) as [ExportFileName, Uint8Array | undefined][]).filter((entry): entry is [ExportFileName, Uint8Array] => entry[1] !== undefined);
  const textOf = (name: ExportFileName) => {
    const bytes = input.files[name];
    return bytes === undefined ? undefined : decodeText(bytes).text;
  };
  const swaggerBytes = input.files['apiDefinition.swagger.json'];
  const swagger = (swaggerBytes && scanSwaggerFacts(swaggerBytes)) ?? factsFromDocument(parseJsonLoosely(textOf('apiDefinition.swagger.json')));
  await pause();
  const properties = parseJsonLoosely(textOf('apiProperties.json'));

  const errorReasons = errorGates(input, swagger.schemaCount);
  const packageErrors = errorReasons.filter((r) => r.code !== 'validation-errors').map((r) => r.message);
  const { overridden } = decideGates(errorReasons, input.allowErrors);
  // Secrets cannot be overridden, so the override line is known before the scan runs.
  const overriddenOn = overridden.length > 0 ? now.toISOString().slice(0, 10) : undefined;
  const sheet = (withPassword: boolean) => sheetFor(input, swagger, properties, overriddenOn, withPassword, packageErrors);
  // The scanned sheet is the one without the password the user chose to include; the test report in it is scanned.
  const scannedSheet = sheet(false);
  const connectorFiles: ScanFile[] = files.map(([name, bytes]) => ({ name, bytes }));
  const scanFiles: ScanFile[] =
    zipSettings === null
      ? connectorFiles
      : [...connectorFiles.filter((f) => f.name !== 'intro.md'), { name: SUBMISSION_SHEET_FILE, text: scannedSheet }, { name: 'settings.json', text: zipSettings }];
  return { errorReasons, sheetText: sheetIncludesPassword(input) ? sheet(true) : scannedSheet, scanFiles };
}

/** Only an opted-in password makes the written sheet differ from the scanned one. */
function sheetIncludesPassword(input: ExportInput): boolean {
  const submission = input.submission ?? {};
  return submission.includePassword === true && Boolean(submission.testAccount?.password);
}
