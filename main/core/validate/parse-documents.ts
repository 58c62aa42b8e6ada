/**
 * Step 1 of the pipeline: the two JSON documents, parsed tolerantly, with every syntax problem as a
 * positioned finding. Nothing here throws: a text too large, nested too deep or not even JSON is a finding.
 */
import type { Finding, ProjectFileName, Severity } from '../model/findings';
import { LineIndex } from '../text/line-index';
import { parseTolerant } from '../text/tolerant-json';
import { looksLikeYaml, parseYamlSwagger } from '../definition/yaml-swagger';

/**
 * Texts past this size are not parsed at all. The platform's limit is 1 MB (a rule reports that); the
 * largest real connector is 1.1 MB; a 50 MB paste must not be parsed again on every keystroke.
 */
export const MAX_PARSED_CHARS = 8 * 1024 * 1024;

const TOO_DEEP = 'The JSON is nested too deeply to be read (thousands of levels of brackets). A connector definition is never that deep: check the file.';

export interface ParsedDocument {
  value: unknown;
  /** The swagger was YAML (positions then come from the YAML text). */
  yaml: boolean;
  findings: Finding[];
}

export type JsonFileName = 'apiDefinition.swagger.json' | 'apiProperties.json';

const STEP = { 'apiDefinition.swagger.json': 'definition', 'apiProperties.json': 'security' } as const;

export function parseDocument(file: JsonFileName, text: string | undefined): ParsedDocument {
  if (text === undefined) return { value: undefined, yaml: false, findings: [] };
  const finding = (severity: Severity, message: string, line = 1, column = 1): Finding => ({
    rule: 'json-syntax', severity, message, file, path: '', line, column, step: STEP[file],
  });
  if (text.length > MAX_PARSED_CHARS) {
    const mb = (text.length / 1048576).toFixed(1);
    return { value: undefined, yaml: false, findings: [finding('error', `The file is ${mb} MB, far past the platform's 1 MB limit, so it was not checked. Reduce it below 1 MB.`)] };
  }
  if (file === 'apiDefinition.swagger.json' && looksLikeYaml(text)) {
    const parsed = parseYamlSwagger(text);
    return { value: parsed.value, yaml: true, findings: parsed.problems.map((p) => finding(p.severity, p.message, p.line, p.column)) };
  }
  try {
    const parsed = parseTolerant(text);
    // Valid JSON that JSON.parse still refused: only its recursion limit does that ([[[[... thousands deep).
    if (!parsed.strict && parsed.problems.length === 0) return { value: undefined, yaml: false, findings: [finding('error', TOO_DEEP)] };
    return {
      value: parsed.value,
      yaml: false,
      findings: parsed.problems.map((p) => finding(p.severity, p.message, p.line, p.column)),
    };
  } catch (error) {
    // JSON.parse and jsonc-parser recurse: [[[[... 100,000 levels deep overflows the stack.
    const message = error instanceof RangeError ? TOO_DEEP : `The JSON could not be read: ${(error as Error).message}`;
    return { value: undefined, yaml: false, findings: [finding('error', message)] };
  }
}

/** Bytes that were not UTF-8 were decoded as lone U+DC80..U+DCFF (text/encoding.ts): tell the user where. */
export function encodingFindings(file: ProjectFileName, text: string | undefined): Finding[] {
  // Almost every text has none of these code units: a plain character-class scan says so fastest.
  if (text === undefined || !/[\udc80-\udcff]/.test(text)) return [];
  const at = text.search(/(?<![\ud800-\udbff])[\udc80-\udcff]/);
  if (at < 0) return [];
  return [{
    rule: 'text-encoding',
    severity: 'warning',
    file,
    path: '',
    message: 'The file contains bytes that are not valid UTF-8 (probably text pasted from a Windows-1252 document). They are kept as they are, but the platform expects UTF-8: retype the characters shown as \ufffd.',
    step: 'definition',
    ...new LineIndex(text).position(at),
  }];
}
