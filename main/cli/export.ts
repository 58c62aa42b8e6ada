/**
 * `connector-studio export <path> --out <file.zip> [--pr-folder <dir>] [--allow-errors] [--kind <kind>]`
 * Opens a connector folder or package, validates it, and writes the submission zip and/or the
 * pull-request folder. Exit codes (io.ts): 0 written, 1 a gate blocked the export, 2 bad input or usage.
 * The CLI has no OS secret storage, so only the pattern-based secret checks apply here.
 */
import { resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { ExportInput, GateReason } from '../core/export/export-input';
import { exportInputFromProject, validationTexts } from '../core/export/from-project';
import { buildSubmissionZip, writePullRequestFolder } from '../core/export/package';
import { inspectIcon } from '../core/icon/index';
import type { ConnectorKindName } from '../core/model/kind';
import type { LoadedProject } from '../core/model/project';
import { openProjectSource } from '../core/project/open';
import { validateProject } from '../core/validate/engine';
import type { CliCommand, CliIO } from './io';

const USAGE = 'Usage: connector-studio export <path> --out <file.zip> [--pr-folder <dir>] [--allow-errors] [--kind certified|independent-publisher|custom]\n';
const KINDS: ConnectorKindName[] = ['certified', 'independent-publisher', 'custom'];

interface ExportArgs {
  path: string;
  out?: string;
  prFolder?: string;
  allowErrors: boolean;
  kind?: ConnectorKindName;
}

function parseArgs(argv: string[]): ExportArgs | string {
  const args: Partial<ExportArgs> = { allowErrors: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => (i + 1 < argv.length ? argv[++i] : undefined);
    if (arg === '--out') args.out = value();
    else if (arg === '--pr-folder') args.prFolder = value();
    else if (arg === '--allow-errors') args.allowErrors = true;
    else if (arg === '--kind') {
      const kind = value();
      if (!KINDS.includes(kind as ConnectorKindName)) return `--kind must be one of ${KINDS.join(', ')}.`;
      args.kind = kind as ConnectorKindName;
    } else if (arg.startsWith('--')) return `Unknown option ${arg}.`;
    else if (args.path === undefined) args.path = arg;
    else return `Unexpected argument ${arg}.`;
  }
  if (args.path === undefined) return 'Give the connector folder or package to export.';
  if (!args.out && !args.prFolder) return 'Give --out <file.zip>, --pr-folder <dir>, or both.';
  return args as ExportArgs;
}

function describeReason(reason: GateReason): string {
  const lines = [`${reason.overridable ? 'error' : 'blocked'}: ${reason.message}`];
  for (const f of reason.findings ?? []) lines.push(`  ${f.file}:${f.line ?? 0}:${f.column ?? 0} ${f.rule}: ${f.message}`);
  for (const s of reason.secrets ?? []) lines.push(`  ${s.file}:${s.line}:${s.column} ${s.kind}: ${s.preview}`);
  return lines.join('\n') + '\n';
}

function reportBlocked(io: CliIO, reasons: GateReason[], allowErrors: boolean): number {
  io.stderr('The export was blocked:\n');
  for (const reason of reasons) io.stderr(describeReason(reason));
  if (!allowErrors && reasons.every((r) => r.overridable)) io.stderr('Use --allow-errors to export despite these errors (it is recorded in submission.md).\n');
  return 1;
}

async function buildInput(project: LoadedProject, args: ExportArgs): Promise<ExportInput> {
  const kind = args.kind ?? project.sidecar.kind ?? 'certified';
  const previous = project.sidecar.previous;
  const { findings } = await validateProject({
    texts: validationTexts(project),
    fileNames: project.fileNames,
    kind,
    icon: project.icon ? await inspectIcon(project.icon) : undefined,
    previous: previous ? { swagger: previous.swagger, properties: previous.properties } : undefined,
    deep: true,
  });
  return exportInputFromProject(project, { kind, findings, knownSecrets: [], allowErrors: args.allowErrors });
}

export const exportCommand: CliCommand = async (argv, io) => {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`${args}\n${USAGE}`);
    return 2;
  }
  let project: LoadedProject;
  try {
    project = await openProjectSource(resolve(io.cwd, args.path));
  } catch (error) {
    io.stderr(`${(error as Error).message}\n`);
    return 2;
  }
  const input = await buildInput(project, args);
  if (args.out) {
    const result = await buildSubmissionZip(input);
    if (result.blocked) return reportBlocked(io, result.reasons, args.allowErrors);
    const out = resolve(io.cwd, args.out);
    try {
      await writeFileAtomic(out, Buffer.from(result.zip));
    } catch (error) {
      io.stderr(`${out} cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).\n`);
      return 2;
    }
    for (const reason of result.overridden) io.stderr(`exported despite: ${reason.message}\n`);
    io.stdout(`Wrote ${out} (${result.zip.byteLength} bytes): ${result.entries.join(', ')}\n`);
  }
  if (args.prFolder) {
    const dir = resolve(io.cwd, args.prFolder);
    const result = await writePullRequestFolder(input, dir);
    if (result.blocked) return reportBlocked(io, result.reasons, args.allowErrors);
    io.stdout(`Wrote the pull-request folder ${dir}: ${result.written.join(', ')}\n`);
    if (result.leftAlone.length > 0) io.stderr(`Left alone in ${dir} (not part of a pull request): ${result.leftAlone.join(', ')}\n`);
  }
  return 0;
};
