/** Test helpers for the package rules (38–54): build a RuleContext from a corpus folder, run rules, collect findings. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding, ProjectFileName } from '../../../../main/core/model/findings';
import type { IconFacts } from '../../../../main/core/model/icon-facts';
import type { Rule, RuleContext } from '../../../../main/core/rules/rule';
import { decodeText } from '../../../../main/core/text/encoding';
import { parseTolerant } from '../../../../main/core/text/tolerant-json';
import { corpusDir } from '../../../support/corpus';

const TEXT_FILES: ProjectFileName[] = ['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md', 'script.csx', 'intro.md'];

export function kindOf(connector: string): RuleContext['kind'] {
  if (connector.startsWith('independent-publisher-connectors__')) return 'independent-publisher';
  if (connector.startsWith('custom-connectors__')) return 'custom';
  return 'certified';
}

/**
 * icon.png facts from the PNG header only (IHDR width/height and colour type). Pixels are not decoded here:
 * `opaque` is taken from the colour type (no alpha channel, no tRNS chunk) or assumed, and the border colour
 * is unknown (null) — the engine measures real icons with sharp.
 */
export function headerIconFacts(bytes: Uint8Array): IconFacts {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const png = bytes.length > 24 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
  if (!png) return { format: 'unknown', width: 0, height: 0, bytes: bytes.length, opaque: false, borderColor: null, error: 'not a PNG' };
  return { format: 'png', width: view.getUint32(16), height: view.getUint32(20), bytes: bytes.length, opaque: true, borderColor: null };
}

/** The RuleContext of a corpus connector, as the engine would build it from the folder. */
export function corpusContext(connector: string): RuleContext {
  const dir = corpusDir(connector);
  const fileNames = readdirSync(dir);
  const texts: RuleContext['texts'] = {};
  let swaggerBytes = 0;
  for (const name of TEXT_FILES) {
    const onDisk = fileNames.find((f) => f.toLowerCase() === name.toLowerCase());
    if (!onDisk) continue;
    const bytes = readFileSync(join(dir, onDisk));
    if (name === 'apiDefinition.swagger.json') swaggerBytes = bytes.length;
    texts[name] = decodeText(bytes).text;
  }
  const parse = (text: string | undefined) => (text === undefined ? undefined : parseTolerant(text).value);
  const iconPath = join(dir, 'icon.png');
  return {
    swagger: parse(texts['apiDefinition.swagger.json']),
    properties: parse(texts['apiProperties.json']),
    texts,
    swaggerBytes,
    icon: existsSync(iconPath) ? headerIconFacts(readFileSync(iconPath)) : undefined,
    fileNames,
    kind: kindOf(connector),
  };
}

/** Runs rules the way the engine does: rule id, default severity and step filled in. */
export function runRules(rules: readonly Rule[], ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    rule.check(ctx, (f) => findings.push({ ...f, rule: rule.id, severity: f.severity ?? rule.severity, step: f.step ?? rule.step }));
  }
  return findings;
}

/** A deep copy of a parsed JSON document, to mutate in a test. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}

/** A minimal context for table-driven rule tests. */
export function makeContext(overrides: Partial<RuleContext>): RuleContext {
  return { swagger: undefined, properties: undefined, texts: {}, swaggerBytes: 0, fileNames: [], kind: 'certified', ...overrides };
}
