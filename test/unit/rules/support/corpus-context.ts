/** Builds the RuleContext of a corpus connector from its files, and runs rules collecting findings. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding, ProjectFileName } from '../../../../main/core/model/findings';
import type { ConnectorKindName } from '../../../../main/core/model/kind';
import type { Rule, RuleContext } from '../../../../main/core/rules/rule';
import { decodeText } from '../../../../main/core/text/encoding';
import { parseTolerant } from '../../../../main/core/text/tolerant-json';
import { corpusDir } from '../../../support/corpus';

const KINDS: Record<string, ConnectorKindName> = {
  'certified-connectors': 'certified',
  'independent-publisher-connectors': 'independent-publisher',
  'custom-connectors': 'custom',
};

export function kindOf(connector: string): ConnectorKindName {
  const kind = KINDS[connector.split('__')[0]];
  if (!kind) throw new Error(`Unknown corpus group in ${connector}`);
  return kind;
}

export function corpusContext(connector: string): RuleContext {
  const dir = corpusDir(connector);
  const fileNames = readdirSync(dir);
  const texts: Partial<Record<ProjectFileName, string>> = {};
  const read = (file: ProjectFileName) => {
    const path = join(dir, file);
    if (!existsSync(path)) return undefined;
    const text = decodeText(readFileSync(path)).text;
    texts[file] = text;
    return text;
  };
  const swaggerText = read('apiDefinition.swagger.json');
  const propertiesText = read('apiProperties.json');
  for (const name of fileNames) if (/^readme\.md$/i.test(name)) texts['readme.md'] = decodeText(readFileSync(join(dir, name))).text;
  return {
    swagger: swaggerText === undefined ? undefined : parseTolerant(swaggerText).value,
    properties: propertiesText === undefined ? undefined : parseTolerant(propertiesText).value,
    texts,
    swaggerBytes: existsSync(join(dir, 'apiDefinition.swagger.json')) ? readFileSync(join(dir, 'apiDefinition.swagger.json')).length : 0,
    fileNames,
    kind: kindOf(connector),
  };
}

/** Runs rules and returns complete findings (rule id, default severity and step filled in). */
export function runRules(rules: readonly Rule[], ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    rule.check(ctx, (f) => findings.push({ ...f, rule: rule.id, severity: f.severity ?? rule.severity, step: f.step ?? rule.step }));
  }
  return findings;
}

/** A minimal context for table tests: the swagger is the only input unless more is given. */
export function contextOf(swagger: unknown, extra: Partial<RuleContext> = {}): RuleContext {
  return {
    swagger,
    properties: { properties: { iconBrandColor: '#123456' } },
    texts: {},
    swaggerBytes: 1000,
    fileNames: ['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md'],
    kind: 'certified',
    ...extra,
  };
}
