/**
 * The validation engine: project texts in, positioned findings out. The same code runs in the worker
 * (every keystroke), the CLI and the tests (DESIGN.md, "Validation pipeline"):
 *   1. tolerant parse (syntax problems with positions; huge or absurdly deep texts refused early)
 *   2. Swagger 2.0 schema (ajv, compiled once) and semantic checks (local references only)
 *   3. the certification rules (ALL_RULES), each isolated
 *   4. JSON pointer -> line/column, only for the findings' paths
 * Nothing in here throws on bad input: every problem is a finding.
 */
import type { Finding } from '../model/findings';
import type { IconFacts } from '../model/icon-facts';
import type { ConnectorKindName } from '../model/kind';
import type { TextFileName } from '../model/project';
import { escapeSegment } from '../model/json-pointer';
import { isObject } from '../model/operations';
import { ALL_RULES } from '../rules/index';
import type { PackageZip, Rule } from '../rules/rule';
import { deepFindings } from './deep-check';
import { locateFindings, type LocatableText } from './locate';
import { encodingFindings, MAX_PARSED_CHARS, parseDocument } from './parse-documents';
import { runRules } from './run-rules';
import { schemaFindings } from './schema';
import { semanticFindings } from './semantic';
import { refFindings } from './refs';
import { fixedKeywordPointers } from '../rules/unknown-properties';

export interface ValidationInput {
  texts: Partial<Record<TextFileName, string>>;
  fileNames: string[];
  kind: ConnectorKindName;
  icon?: IconFacts;
  previous?: { swagger?: string; properties?: string };
  secrets?: string[];
  /** When the input is a zip: its structure (validate/package-structure.ts), for the portal-package rule. */
  package?: PackageZip;
  /** Also run the heavier check (swagger-parser's full dereference): when the user pauses, and in the CLI. */
  deep?: boolean;
}

export interface ValidationResult {
  /** Every finding has file, path, line, column and step. Sorted by file, line, column. */
  findings: Finding[];
  /** Milliseconds per pipeline step, and 'total'. */
  timings: Record<string, number>;
}

export interface EngineOptions {
  /** The rules to run (tests pass their own; the app runs ALL_RULES). */
  rules?: readonly Rule[];
  /** Time limit of the deep check's reference resolution (default 4 s, as TOOLCHAIN.md recommends). */
  deepTimeoutMs?: number;
  /** Also record each rule's time in `timings` as "rule:<id>". */
  ruleTimings?: boolean;
}

const SWAGGER = 'apiDefinition.swagger.json';
const PROPERTIES = 'apiProperties.json';

export async function validateProject(input: ValidationInput, options: EngineOptions = {}): Promise<ValidationResult> {
  const timings: Record<string, number> = {};
  const started = performance.now();
  let mark = started;
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = now - mark;
    mark = now;
  };
  const findings: Finding[] = [];
  const swaggerText = input.texts[SWAGGER];
  const swagger = parseDocument(SWAGGER, swaggerText);
  const properties = parseDocument(PROPERTIES, input.texts[PROPERTIES]);
  findings.push(...swagger.findings, ...properties.findings);
  for (const file of Object.keys(input.texts) as TextFileName[]) findings.push(...encodingFindings(file, input.texts[file]));
  lap('parse');

  const rules = options.rules ?? ALL_RULES;
  const structure = await checkStructure(swagger.value, input.deep ? (options.deepTimeoutMs ?? 4000) : 0, ownedByRules(rules), timings);
  mark = performance.now();

  const context = {
    swagger: swagger.value,
    properties: properties.value,
    texts: withinParseLimit(input.texts),
    swaggerBytes: swaggerText === undefined ? 0 : Buffer.byteLength(swaggerText, 'utf8'),
    swaggerSchemaValid: structure.schemaValid,
    icon: input.icon,
    fileNames: input.fileNames,
    kind: input.kind,
    previous: input.previous ? parsePrevious(input.previous) : undefined,
    secrets: input.secrets,
    package: input.package,
  };
  const ruleFindings = runRules(rules, context, options.ruleTimings ? timings : undefined);
  findings.push(...withoutRestated(structure.findings, ruleFindings), ...ruleFindings);
  lap('rules');

  const locatable: Partial<Record<string, LocatableText>> = {};
  if (swaggerText !== undefined) locatable[SWAGGER] = { text: swaggerText, yaml: swagger.yaml };
  if (input.texts[PROPERTIES] !== undefined) locatable[PROPERTIES] = { text: input.texts[PROPERTIES]!, yaml: false };
  locateFindings(findings, locatable);
  for (const finding of findings) finding.step ??= finding.file === PROPERTIES ? 'security' : 'definition';
  findings.sort(byPlace);
  lap('positions');
  timings.total = performance.now() - started;
  return { findings, timings };
}

/**
 * Problems that both a certification rule and a structural check could report. Each has ONE owner: the
 * rule, in Microsoft's wording, when it runs (the app, the CLI); the structural check only when the rule
 * does not run (a caller passing its own rules). The owner alone looks for it: the other does not check.
 */
interface Ownership {
  /** swagger-version: a missing or wrong "swagger" value, an OpenAPI 3 document. */
  version: boolean;
  /** ref-targets: a `$ref` that leaves the file or resolves to nothing. */
  refs: boolean;
  /** unknown-properties: a property that is not an extension, on the objects the rule checks. */
  keywords: boolean;
  /**
   * swagger-structure: an operation's response without a description, a path placeholder without its required
   * path parameter, two bodies, a body beside formData.
   */
  structure: boolean;
}

function ownedByRules(rules: readonly Rule[]): Ownership {
  const ids = new Set(rules.map((r) => r.id));
  return {
    version: ids.has('swagger-version'),
    refs: ids.has('ref-targets'),
    keywords: ids.has('unknown-properties'),
    structure: ids.has('swagger-structure'),
  };
}

interface Structure {
  findings: Finding[];
  /** The official Swagger 2.0 schema accepts the definition (before any of its findings were left to a rule). */
  schemaValid: boolean;
}

/** Schema, then semantic, then (on request, and only on a clean document) the heavier check (0: skipped). */
async function checkStructure(swagger: unknown, deepTimeoutMs: number, owned: Ownership, timings: Record<string, number>): Promise<Structure> {
  if (swagger === undefined) return { findings: [], schemaValid: false };
  const base = { severity: 'error' as const, file: SWAGGER as typeof SWAGGER, path: '', step: 'definition' as const };
  if (!isObject(swagger)) return { findings: [{ ...base, rule: 'swagger-schema', message: 'The definition must be a JSON object ({ ... }) with "swagger": "2.0".' }], schemaValid: false };
  if (swagger.swagger === undefined && typeof swagger.openapi === 'string') {
    // Not a Swagger 2.0 document: every schema check would fail, so the version is the one thing to say.
    if (owned.version) return { findings: [], schemaValid: false };
    return {
      findings: [{ ...base, rule: 'openapi-version', path: '/openapi', message: `This is an OpenAPI ${swagger.openapi} definition; Power Platform connectors must use Swagger 2.0. Import the file to convert it.` }],
      schemaValid: false,
    };
  }
  const out: Finding[] = [];
  const guarded = async (name: string, step: () => Finding[] | Promise<Finding[]>) => {
    const start = performance.now();
    try {
      out.push(...(await step()));
    } catch (error) {
      // Walking a schema nested thousands of levels deep overflows the stack: that is the document's problem.
      if (error instanceof RangeError) out.push({ ...base, rule: 'json-syntax', message: `The definition is nested too deeply for the ${name} check (thousands of levels). A connector definition is never that deep: check the file.` });
      else out.push({ ...base, rule: 'internal', severity: 'info', message: `The ${name} check could not complete (${(error as Error)?.message ?? String(error)}).` });
    }
    timings[name] = performance.now() - start;
  };
  let schema: Finding[] = [];
  let schemaValid = false;
  await guarded('schema', () => {
    const found = schemaFindings(swagger);
    schemaValid = found.length === 0;
    return (schema = withoutOwned(found, swagger, owned));
  });
  let external = false;
  let leftToRules = false;
  await guarded('semantic', () => {
    const report = semanticFindings(swagger, schema, { refs: !owned.refs, structure: !owned.structure });
    external = report.externalRefs;
    leftToRules = report.leftToRules;
    return report.findings;
  });
  if (deepTimeoutMs > 0 && !leftToRules && !out.some((f) => f.severity === 'error')) {
    // The deep check must never meet a reference that leaves the file (ref-targets reports those).
    if (owned.refs) external = refFindings(swagger).external;
    if (!external) await guarded('deep', () => deepFindings(swagger, deepTimeoutMs));
  }
  return { findings: out, schemaValid };
}

const EXTENSION_NAME = /^ExtensionNameNotValid: /;

/** The schema check's findings, less those of the problems a running rule owns. */
function withoutOwned(findings: Finding[], swagger: unknown, owned: Ownership): Finding[] {
  if (findings.length === 0) return findings;
  let fixedObjects: Set<string> | undefined;
  return findings.filter((f) => {
    if (owned.version && (f.path === '/swagger' || (f.path === '' && /^The 'swagger' property is required/.test(f.message)))) return false;
    if (owned.keywords && EXTENSION_NAME.test(f.message)) {
      fixedObjects ??= fixedKeywordPointers(swagger);
      return !fixedObjects.has(f.path.slice(0, f.path.lastIndexOf('/')));
    }
    return true;
  });
}

/**
 * Rules that say, in Microsoft's words (often with a fix), what the schema or semantic check also finds about one
 * member of the definition: each with the members it speaks for.
 */
const RESTATING_RULES: Readonly<Record<string, RegExp>> = {
  'swagger-structure': /\/(?:required|description)$/,
  'operation-id': /\/operationId$/,
  'operation-summary': /\/summary$/,
  'title-length': /^\/info\/title$/,
  'host-base-path-schemes': /^\/(?:host|basePath|schemes(?:\/\d+)?)$/,
};
const MEMBER_REQUIRED = /^The '([^']+)' property is required\./;

/**
 * The structural findings less those a rule restates as an error: a member the schema finds missing ("The 'title'
 * property is required", at /info) or wrong ("'required' is false", at a path parameter's `required`), where one
 * of RESTATING_RULES reports that very member. Decided from what the rules reported, so a member no rule speaks
 * of keeps its schema finding.
 */
function withoutRestated(structural: Finding[], ruleFindings: readonly Finding[]): Finding[] {
  const members = new Set<string>();
  for (const f of ruleFindings) {
    if (f.file === SWAGGER && f.severity === 'error' && RESTATING_RULES[f.rule]?.test(f.path)) members.add(f.path);
  }
  if (members.size === 0) return structural;
  return structural.filter((f) => {
    const missing = MEMBER_REQUIRED.exec(f.message);
    return !members.has(f.path) && !(missing && members.has(`${f.path}/${escapeSegment(missing[1])}`));
  });
}

/**
 * Texts too large to parse are not handed to the rules either (a rule scanning 50 MB on every keystroke
 * would stall the worker); the size rule still has `swaggerBytes`, and the parse step already said why.
 */
function withinParseLimit(texts: ValidationInput['texts']): ValidationInput['texts'] {
  const out: ValidationInput['texts'] = {};
  for (const [name, text] of Object.entries(texts) as [TextFileName, string | undefined][]) {
    if (text !== undefined && text.length <= MAX_PARSED_CHARS) out[name] = text;
  }
  return out;
}

function parsePrevious(previous: { swagger?: string; properties?: string }): { swagger: unknown; properties: unknown } {
  return {
    swagger: parseDocument(SWAGGER, previous.swagger).value,
    properties: parseDocument(PROPERTIES, previous.properties).value,
  };
}

function byPlace(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/** A lone swagger text (JSON or YAML), as the CLI validates a single file. */
export function validateSwaggerOnly(text: string, options: { deep?: boolean; kind?: ConnectorKindName } = {}): Promise<ValidationResult> {
  return validateProject({ texts: { [SWAGGER]: text }, fileNames: [SWAGGER], kind: options.kind ?? 'certified', deep: options.deep });
}
