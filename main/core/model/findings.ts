/**
 * Findings: what the validator (and the loaders) tell the user about a project.
 * Pure types shared by main, the worker, the CLI and the renderer.
 */

export type Severity = 'error' | 'warning' | 'info';

/** The files of a connector project, by their names in the PowerPlatformConnectors layout. */
export type ProjectFileName =
  | 'apiDefinition.swagger.json'
  | 'apiProperties.json'
  | 'readme.md'
  | 'script.csx'
  | 'icon.png'
  | 'intro.md'
  | 'settings.json';

/** The wizard step a finding belongs to (drives per-step counts and where "go to" lands). */
export type WizardStep = 'general' | 'security' | 'definition' | 'code' | 'test' | 'export';

/**
 * One mechanical change to a JSON document, addressed by JSON pointer.
 * `value: undefined` (or absent) with `remove: true` deletes the member/element.
 */
export interface DocEdit {
  file: 'apiDefinition.swagger.json' | 'apiProperties.json';
  /** JSON pointer of the value to set or remove, e.g. "/info/title". */
  path: string;
  value?: unknown;
  remove?: boolean;
  /** For arrays: insert before the index instead of replacing it. */
  insert?: boolean;
}

/** A quick fix: applied by the renderer as ONE undo step. */
export interface Fix {
  label: string;
  edits: DocEdit[];
}

export interface Finding {
  /** Stable rule id, e.g. "title-length". */
  rule: string;
  severity: Severity;
  /** Plain-language message, in Microsoft's wording where it is known. */
  message: string;
  file: ProjectFileName | 'project';
  /** JSON pointer into `file` ('' = the whole file). */
  path: string;
  /** 1-based; present once positions have been resolved. */
  line?: number;
  column?: number;
  /** The wizard step where the user fixes it. */
  step?: WizardStep;
  /** True when certified connectors commonly carry this for legacy reasons (not new work). */
  legacy?: boolean;
  fix?: Fix;
}
