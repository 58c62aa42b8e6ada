/**
 * A connector project as data: the files in the PowerPlatformConnectors layout plus the sidecar.
 * Pure types shared by main, the CLI and the renderer.
 */
import type { ConnectorKindName } from './kind';
import type { PackageZip } from '../rules/rule';

/** The sidecar file that sits beside the connector files and holds what they cannot. */
export const SIDECAR_FILE = '.connector-studio.json';

/** The connector files a project folder may hold, in the PowerPlatformConnectors layout. */
export const TEXT_FILES = ['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md', 'script.csx', 'intro.md'] as const;
export type TextFileName = (typeof TEXT_FILES)[number];

/** What is known about one text file's bytes, so it is written back exactly as it came. */
export interface TextFileData {
  text: string;
  /** Starts with a UTF-8 BOM (kept on save). */
  bom: boolean;
  /** The name on disk (e.g. "README.md" keeps its case). */
  diskName: string;
}

/**
 * Sidecar sections. Each feature owns one key; unknown keys are kept as they are.
 * Secrets never go here.
 */
export interface Sidecar {
  format: 'connector-studio/1';
  kind?: ConnectorKindName;
  /** Icon composer settings and the source logo (base64), owned by the icon feature. */
  icon?: Record<string, unknown>;
  /** Submission details for the export (test account instructions, environment id…). */
  submission?: Record<string, unknown>;
  /** Test step: connections (no secrets), saved requests, history. */
  tests?: Record<string, unknown>;
  /** The previously certified version, for breaking-change checks. */
  previous?: { source: string; swagger: string; properties?: string };
  /** The import conversion report (OpenAPI 3 / Postman). */
  conversion?: Record<string, unknown>;
  [key: string]: unknown;
}

export function emptySidecar(): Sidecar {
  return { format: 'connector-studio/1' };
}

/** A problem found while loading a file (encoding or JSON syntax), positioned for the user. */
export interface LoadNotice {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

/** Where a project came from. */
export type ProjectSourceKind = 'folder' | 'zip' | 'swagger' | 'new';

/** A project as loaded from disk (main/core/project/open.ts produces it). */
export interface LoadedProject {
  source: { kind: ProjectSourceKind; path: string | null };
  /** The text files present, keyed by their canonical name. */
  files: Partial<Record<TextFileName, TextFileData>>;
  /** icon.png bytes, when present. */
  icon?: Uint8Array;
  sidecar: Sidecar;
  notices: LoadNotice[];
  /** Names of every file found in the folder or package (for the "files" rules). */
  fileNames: string[];
  /**
   * Opened from a zip: the zip's structure (catalogue 6, the portal package), for the validator. It describes the
   * source, not the connector: never written into the project's files, sidecar or exports.
   */
  package?: PackageZip;
}
