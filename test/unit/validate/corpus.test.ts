/**
 * The engine over every real certified connector. Microsoft accepted all of them, so every ERROR we report is
 * either a genuine defect (listed, with the reason, in test/fixtures/corpus-errors.*.json) or a false positive.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusConnectors } from '../../support/corpus';
import { validateProject, type ValidationResult } from '../../../main/core/validate/engine';
import { corpusInput, kindOf } from './corpus-input';
import { DOCUMENT_RULES } from '../../../main/core/rules/document-rules';
import { PACKAGE_RULES } from '../../../main/core/rules/package-rules';
import type { Rule } from '../../../main/core/rules/rule';
import { ENGINE_RULES } from '../../../main/core/validate/engine-rules';

interface Expected {
  connector: string;
  rule: string;
  file: string;
  path: string;
  reason: string;
}

const FIXTURES = resolve(__dirname, '../../fixtures');
const ruleIds = (rules: readonly Rule[]) => new Set(rules.map((r) => r.id));
const DOCUMENT = ruleIds(DOCUMENT_RULES);
const PACKAGE = ruleIds(PACKAGE_RULES);
/** Who answers for which errors: the engine's own checks, and the two rule groups. */
const GROUPS = [
  { fixture: 'corpus-errors.engine.json', owns: (rule: string) => rule in ENGINE_RULES },
  { fixture: 'corpus-errors.document.json', owns: (rule: string) => DOCUMENT.has(rule) },
  { fixture: 'corpus-errors.package.json', owns: (rule: string) => PACKAGE.has(rule) },
];
const key = (e: { connector: string; rule: string; file: string; path: string }) => `${e.connector} | ${e.rule} | ${e.file} | ${e.path}`;

function expectedErrors(): Expected[] {
  return readdirSync(FIXTURES)
    .filter((name) => /^corpus-errors\..+\.json$/.test(name))
    .flatMap((name) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Expected[]);
}

describe('the certified corpus', () => {
  const connectors = corpusConnectors();
  const results = new Map<string, ValidationResult>();

  beforeAll(async () => {
    for (const connector of connectors) results.set(connector.name, await validateProject(await corpusInput(connector.dir, kindOf(connector.name))));
  }, 120_000);

  it('holds the 93 connectors', () => {
    expect(connectors.length).toBe(93);
  });

  // Each group of rules is held to the fixture its owners keep; a group whose fixture does not exist yet
  // (its rules are still being written) is skipped rather than silently passed.
  for (const group of GROUPS) {
    it.skipIf(!existsSync(join(FIXTURES, group.fixture)))(`reports exactly the known genuine defects as errors (${group.fixture})`, () => {
      const actual = new Set<string>();
      for (const [connector, result] of results) {
        for (const f of result.findings) {
          if (f.severity === 'error' && group.owns(f.rule)) actual.add(key({ connector, rule: f.rule, file: f.file, path: f.path }));
        }
      }
      const expected = new Set(expectedErrors().filter((e) => group.owns(e.rule)).map(key));
      const falsePositives = [...actual].filter((k) => !expected.has(k)).sort();
      const missed = [...expected].filter((k) => !actual.has(k)).sort();
      expect({ falsePositives, missed }).toEqual({ falsePositives: [], missed: [] });
    });
  }

  it('reports only findings of known rules (each rule belongs to one group)', () => {
    for (const result of results.values()) {
      for (const f of result.findings) expect(GROUPS.filter((g) => g.owns(f.rule)).length, f.rule).toBe(1);
    }
  });

  it('gives every fixture entry a reason', () => {
    for (const entry of expectedErrors()) expect(entry.reason.length, key(entry)).toBeGreaterThan(20);
  });

  it('positions every finding and never reports an internal failure', () => {
    for (const [connector, result] of results) {
      for (const f of result.findings) {
        expect(f.line, `${connector} ${f.rule} ${f.path}`).toBeGreaterThanOrEqual(1);
        expect(f.column, `${connector} ${f.rule} ${f.path}`).toBeGreaterThanOrEqual(1);
        expect(f.step).toBeDefined();
        expect(f.rule, `${connector}: ${f.message}`).not.toBe('internal');
      }
    }
  });

  it('reads the two connectors that are not strict JSON', () => {
    for (const name of ['certified-connectors__IN-D-Invoice-Data-Capture', 'certified-connectors__Revizto-Ireland']) {
      expect(existsSync(join(connectors.find((c) => c.name === name)!.dir))).toBe(true);
      const syntax = results.get(name)!.findings.filter((f) => f.rule === 'json-syntax');
      expect(syntax.length, name).toBeGreaterThan(0);
    }
    const revizto = results.get('certified-connectors__Revizto-Ireland')!.findings.find((f) => f.rule === 'json-syntax')!;
    expect(revizto).toMatchObject({ severity: 'warning', line: 980, column: 50 });
  });
});
