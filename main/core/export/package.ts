/**
 * The two exports (issue 7): the submission zip to email, and the folder for a pull request to
 * microsoft/PowerPlatformConnectors. Both pass the same gates first; a blocked export answers with its
 * reasons as data, never by throwing. Connector files leave byte for byte as given.
 */
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { canonicalPackageName } from '../package/package-files';
import { DeterministicZip, sortZipEntries, type ZipEntryInput } from '../package/write-zip';
import type { ExportFileName, ExportInput, ExportOptions, ExportResult, PullRequestResult } from './export-input';
import { secretReasons } from './gates';
import { decideGates, iconFor, prepareExport, settingsFor, yieldToEventLoop } from './prepare';
import { scanForSecretsInSlices } from './secret-scan';
import { SUBMISSION_SHEET_FILE } from './submission-sheet';

const encoder = new TextEncoder();

const ZIP_CONNECTOR_FILES: ExportFileName[] = ['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md', 'script.csx'];
const PR_FOLDER_FILES: ExportFileName[] = ['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md', 'script.csx', 'intro.md'];

export async function buildSubmissionZip(input: ExportInput, options: ExportOptions = {}): Promise<ExportResult> {
  const progress = options.onProgress ?? (() => {});
  progress({ stage: 'checking' });
  const settingsText = settingsFor(input);
  const entries: ZipEntryInput[] = [];
  for (const name of ZIP_CONNECTOR_FILES) {
    const bytes = input.files[name];
    if (bytes) entries.push({ name, bytes });
  }
  const icon = iconFor(input);
  if (icon) entries.push({ name: 'icon.png', bytes: icon });
  entries.push({ name: 'settings.json', bytes: encoder.encode(settingsText) });

  // The connector files start compressing on the thread pool now, while this thread checks and scans them. zlib
  // deflates in 16 KB output chunks and needs this thread between them, so the checks yield to the event loop between
  // their pieces. The sheet (which sorts last) is known before the scan (secrets are never overridden), so it goes in
  // before the scan too: no compression is left to wait for once the gates are decided. A blocked export simply drops
  // the unfinished zip, sheet and all.
  const zip = new DeterministicZip((written) => progress({ stage: 'zipping', done: written }));
  for (const entry of sortZipEntries(entries)) zip.add(entry);
  const prepared = await prepareExport(input, options.now ?? new Date(), settingsText);
  zip.add({ name: SUBMISSION_SHEET_FILE, bytes: encoder.encode(prepared.sheetText) });

  progress({ stage: 'scanning' });
  const secrets = secretReasons(await scanForSecretsInSlices(prepared.scanFiles, input.knownSecrets, yieldToEventLoop));
  const gates = decideGates([...prepared.errorReasons, ...secrets], input.allowErrors);
  if (gates.blocking.length > 0) return { blocked: true, reasons: gates.reasons };

  const bytes = await zip.finish();
  progress({ stage: 'done' });
  return { blocked: false, zip: bytes, entries: [...entries.map((e) => e.name), SUBMISSION_SHEET_FILE].sort(), overridden: gates.overridden };
}

/** The name to write a file under: the disk name when it is only a case variant (README.md), else canonical. */
function folderName(input: ExportInput, name: ExportFileName): string {
  const disk = input.diskNames?.[name];
  return disk !== undefined && disk.toLowerCase() === name.toLowerCase() ? disk : name;
}

export async function writePullRequestFolder(input: ExportInput, dir: string, options: ExportOptions = {}): Promise<PullRequestResult> {
  const progress = options.onProgress ?? (() => {});
  progress({ stage: 'checking' });
  const prepared = await prepareExport(input, options.now ?? new Date(), null);
  progress({ stage: 'scanning' });
  const secrets = secretReasons(await scanForSecretsInSlices(prepared.scanFiles, input.knownSecrets, yieldToEventLoop));
  const gates = decideGates([...prepared.errorReasons, ...secrets], input.allowErrors);
  if (gates.blocking.length > 0) return { blocked: true, reasons: gates.reasons };

  const files: { name: string; bytes: Uint8Array }[] = [];
  for (const name of PR_FOLDER_FILES) {
    const bytes = input.files[name];
    if (bytes) files.push({ name: folderName(input, name), bytes });
  }
  const icon = iconFor(input);
  if (icon) files.push({ name: 'icon.png', bytes: icon });

  await mkdir(dir, { recursive: true });
  progress({ stage: 'writing', done: 0 });
  for (const [index, file] of files.entries()) {
    await writeFileAtomic(join(dir, file.name), Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
    progress({ stage: 'writing', done: index + 1 });
  }
  const written = files.map((f) => f.name);
  const existing = await readdir(dir);
  const leftAlone = existing.filter((name) => canonicalPackageName(name) !== null && !written.includes(name)).sort();
  progress({ stage: 'done' });
  return { blocked: false, written, overridden: gates.overridden, leftAlone };
}
