/**
 * connector-studio validate <path>... [--format text|json|sarif] [--previous <path>] [--kind certified|independent-publisher|custom]
 *
 * Each path is a connector folder, a package zip or a swagger file (JSON/YAML). The same engine as the app,
 * plus the heavier check (there is no keystroke to keep up with here).
 * Exit codes: 0 no input has errors, 1 some input has errors, 2 an input could not be read (or bad usage).
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import type { Finding } from '../core/model/findings';
import type { ConnectorKindName } from '../core/model/kind';
import type { LoadedProject, TextFileName } from '../core/model/project';
import { inspectIcon } from '../core/icon/inspect';
import { openProjectSource } from '../core/project/open';
import { decodeText } from '../core/text/encoding';
import { looksLikeYaml } from '../core/definition/yaml-swagger';
import { validateProject, type ValidationInput } from '../core/validate/engine';
import { readPackageStructure } from '../core/validate/package-structure';
import { isPortalPackage, portalPackage } from '../core/rules/portal-package';
import { countOf, toJsonReport, toSarifReport, toTextReport, type InputReport } from '../core/validate/report-formats';
import type { CliCommand, CliIO } from './io';

const USAGE = 'Usage: connector-studio validate <path>... [--format text|json|sarif] [--previous <path>] [--kind certified|independent-publisher|custom]';
const FORMATS = ['text', 'json', 'sarif'] as const;
const KINDS: readonly ConnectorKindName[] = ['certified', 'independent-publisher', 'custom'];
const TOOL_VERSION = '0.1.0';

interface Options {
  paths: string[];
  format: (typeof FORMATS)[number];
  previous?: string;
  kind?: ConnectorKindName;
}

export const validateCommand: CliCommand = async (argv, io) => {
  const options = parseArguments(argv);
  if (typeof options === 'string') {
    io.stderr(`${options}\n${USAGE}\n`);
    return 2;
  }
  const at = (path: string) => (isAbsolute(path) ? path : resolve(io.cwd, path));

  let previous: ValidationInput['previous'];
  if (options.previous) {
    try {
      const old = await openProjectSource(at(options.previous));
      previous = { swagger: old.files['apiDefinition.swagger.json']?.text, properties: old.files['apiProperties.json']?.text };
    } catch (error) {
      io.stderr(`The previous version ${options.previous} could not be read: ${(error as Error).message}\n`);
      return 2;
    }
  }

  const reports: InputReport[] = [];
  let unreadable = false;
  for (const [index, path] of options.paths.entries()) {
    if (options.paths.length > 1) io.stderr(`[${index + 1}/${options.paths.length}] ${path}\n`);
    const report = await validateInput(path, at(path), options, previous, io);
    unreadable ||= report.unreadable;
    reports.push(report);
  }

  if (options.format === 'json') io.stdout(toJsonReport(reports) + '\n');
  else if (options.format === 'sarif') io.stdout(toSarifReport(reports, TOOL_VERSION) + '\n');
  else io.stdout(toTextReport(reports) + '\n');

  if (unreadable) return 2;
  return reports.some((r) => countOf(r.findings, 'error') > 0) ? 1 : 0;
};

async function validateInput(
  path: string,
  absolute: string,
  options: Options,
  previous: ValidationInput['previous'],
  io: CliIO,
): Promise<InputReport & { unreadable: boolean }> {
  let project: LoadedProject;
  try {
    project = await openProjectSource(absolute);
  } catch (error) {
    const portal = await portalPackageReport(path, absolute, options);
    if (portal) return portal;
    const finding: Finding = { rule: 'input-unreadable', severity: 'error', message: (error as Error).message, file: 'project', path: '', line: 1, column: 1 };
    return { input: path, findings: [finding], fileLocations: { project: path }, unreadable: true };
  }
  const texts: Partial<Record<TextFileName, string>> = {};
  const fileLocations: Record<string, string> = { project: path };
  for (const [name, data] of Object.entries(project.files)) {
    texts[name as TextFileName] = data!.text;
    fileLocations[name] = join(path, data!.diskName);
  }
  if (project.source.kind === 'swagger') {
    // A lone swagger file: report against the file itself (the other files are not on disk yet). Opening converts YAML to JSON; validate the YAML
    // as written instead, so line numbers match the file the user has.
    for (const name of Object.keys(fileLocations)) if (name !== 'project') fileLocations[name] = name;
    fileLocations['apiDefinition.swagger.json'] = path;
    const original = decodeText(new Uint8Array(await readFile(absolute))).text;
    if (looksLikeYaml(original)) texts['apiDefinition.swagger.json'] = original;
  }
  if (project.icon) fileLocations['icon.png'] = join(path, 'icon.png');
  let icon: ValidationInput['icon'];
  if (project.icon) {
    try {
      icon = await inspectIcon(project.icon);
    } catch (error) {
      io.stderr(`${path}: icon.png could not be measured (${(error as Error).message}).\n`);
    }
  }
  // A zip's own structure matters too: a portal package (intro.md and the Package Deployer zip) is checked as one.
  const structure = project.source.kind === 'zip' ? await readPackageStructure(new Uint8Array(await readFile(absolute))) : undefined;
  const result = await validateProject({
    package: structure,
    texts,
    fileNames: project.fileNames,
    kind: options.kind ?? project.sidecar.kind ?? 'certified',
    icon,
    previous: previous ?? (project.sidecar.previous ? { swagger: project.sidecar.previous.swagger, properties: project.sidecar.previous.properties } : undefined),
    deep: true,
  });
  return { input: path, findings: result.findings, fileLocations, unreadable: false };
}

/**
 * A portal package (intro.md beside the Package Deployer zip, CERTIFICATION.md §2f) holds no connector files
 * at its root, so it does not open as a project: its structure is what is checked (catalogue 6).
 */
async function portalPackageReport(path: string, absolute: string, options: Options): Promise<(InputReport & { unreadable: boolean }) | undefined> {
  let structure;
  try {
    if (!absolute.toLowerCase().endsWith('.zip')) return undefined;
    structure = await readPackageStructure(new Uint8Array(await readFile(absolute)));
  } catch {
    return undefined;
  }
  if (structure.unreadable !== undefined || !isPortalPackage(structure)) return undefined;
  const result = await validateProject(
    { texts: {}, fileNames: structure.entries.filter((name) => !name.includes('/')), kind: options.kind ?? 'certified', package: structure },
    { rules: [portalPackage] },
  );
  return { input: path, findings: result.findings, fileLocations: { project: path }, unreadable: false };
}

/** The options, or a message saying what is wrong with the command line. */
export function parseArguments(argv: readonly string[]): Options | string {
  const options: Options = { paths: [], format: 'text' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new Error(`${arg} needs a value.`);
      return next;
    };
    try {
      if (arg === '--format') {
        const format = value();
        if (!(FORMATS as readonly string[]).includes(format)) return `Unknown format '${format}': use text, json or sarif.`;
        options.format = format as Options['format'];
      } else if (arg === '--previous') options.previous = value();
      else if (arg === '--kind') {
        const kind = value();
        if (!(KINDS as readonly string[]).includes(kind)) return `Unknown kind '${kind}': use certified, independent-publisher or custom.`;
        options.kind = kind as ConnectorKindName;
      } else if (arg.startsWith('--')) return `Unknown option ${arg}.`;
      else options.paths.push(arg);
    } catch (error) {
      return (error as Error).message;
    }
  }
  if (options.paths.length === 0) return 'Give at least one connector folder, package zip or swagger file.';
  return options;
}
