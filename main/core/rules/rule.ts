/**
 * The shape of a certification rule: data (id, catalogue number, severity, step) plus one small check.
 * One rule per file in this folder; `index.ts` lists them all.
 */
import type { Finding, ProjectFileName, Severity, WizardStep } from '../model/findings';
import type { IconFacts } from '../model/icon-facts';
import type { ConnectorKindName } from '../model/kind';

/** The kind of submission: drives the independent-publisher rules. */
export type ConnectorKind = ConnectorKindName;

export interface RuleContext {
  /** Parsed swagger (undefined when it could not be parsed at all). */
  swagger: unknown;
  /** Parsed apiProperties.json (undefined when absent or unparseable). */
  properties: unknown;
  /** Raw texts as the user has them (for size checks and text scans). */
  texts: Partial<Record<ProjectFileName, string>>;
  /** Size of the swagger file in bytes, as it will be written. */
  swaggerBytes: number;
  /**
   * True when the official Swagger 2.0 schema accepts the swagger: the engine checks that before the rules run.
   * Absent (a rule checked on its own) means not known.
   */
  swaggerSchemaValid?: boolean;
  /** icon.png as measured by main/core/icon (absent when the project has no icon). */
  icon?: IconFacts;
  /** Names of the files present in the project folder / package. */
  fileNames: string[];
  kind: ConnectorKind;
  /** The previously certified version, for the breaking-change rules and legacy marking. */
  previous?: { swagger: unknown; properties: unknown };
  /** Secret values the app holds for this project (never printed; only matched). */
  secrets?: string[];
  /** When the input is a zip: its structure (catalogue 6, the portal package). */
  package?: PackageZip;
  /**
   * What the rules share during one run (the document index, the operation list…), built on first use:
   * see support/document-index.ts. runRules sets a fresh one per run; absent, each rule builds its own.
   */
  memo?: RunMemo;
}

/** A zip's entry names and, for a portal package, its nested zips (main/core/validate/package-structure.ts). */
export interface PackageZip {
  /** Entry names as spelled in the zip (folders end with "/"; a folder may also only be implied by a file's path). */
  entries: string[];
  /** The nested zips that were opened, by entry name: a portal package's package zip, and its solution zips. */
  zips: Record<string, PackageZip>;
  /** A solution zip's customizations.xml: the components it declares (a node with content or attributes). */
  nodes?: { connector: boolean; workflows: boolean; aiPlugin: boolean };
  /** Why the zip could not be read (damaged, too large). */
  unreadable?: string;
}

/** Results of a builder, per builder and per document root, for one run of the rules. */
export type RunMemo = Map<(root: unknown) => unknown, Map<unknown, unknown>>;

export type Report = (finding: Omit<Finding, 'rule' | 'severity' | 'step'> & { severity?: Severity; step?: WizardStep }) => void;

export interface Rule {
  /** Stable id, kebab-case, also the file name: e.g. "title-length". */
  id: string;
  /** Number(s) in CERTIFICATION.md §3. */
  catalogue: number[];
  /** Default severity (a check may report a lower one for a softer case). */
  severity: Severity;
  /** The wizard step where the user fixes it. */
  step: WizardStep;
  /** One line for the docs and the CLI's --list-rules. */
  description: string;
  check(ctx: RuleContext, report: Report): void;
}
