/**
 * Corpus discipline for the package rules (38–54): certified connectors were accepted by Microsoft, so every
 * ERROR our rules raise on them must be a genuine defect, listed with its reason in
 * test/fixtures/corpus-errors.package.json — nothing more, nothing less.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_RULES } from '../../../main/core/rules/package-rules';
import { corpusConnectors } from '../../support/corpus';
import { corpusContext, runRules } from './support-package/context';

interface Expected {
  connector: string;
  rule: string;
  file: string;
  path: string;
  reason: string;
}

const FIXTURE = resolve(__dirname, '../../fixtures/corpus-errors.package.json');
const key = (e: { connector: string; rule: string; file: string; path: string }) => `${e.connector} | ${e.rule} | ${e.file} | ${e.path}`;

describe('package rules over the certified corpus', () => {
  const contexts = corpusConnectors().map(({ name }) => ({ name, ctx: corpusContext(name) }));
  const expected = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Expected[];

  it('every fixtured error states why it is a genuine defect', () => {
    for (const entry of expected) expect(entry.reason.length, key(entry)).toBeGreaterThan(20);
  });

  it('raises exactly the fixtured errors', () => {
    const actual: string[] = [];
    for (const { name, ctx } of contexts) {
      for (const f of runRules(PACKAGE_RULES, ctx)) {
        if (f.severity === 'error') actual.push(key({ connector: name, rule: f.rule, file: f.file, path: f.path }));
      }
    }
    expect([...new Set(actual)].sort()).toEqual(expected.map(key).sort());
  });

  it('finds no breaking change between a connector and itself', () => {
    const breaking = PACKAGE_RULES.filter((rule) => rule.catalogue.some((n) => n >= 49 && n <= 54));
    expect(breaking).toHaveLength(6);
    for (const { name, ctx } of contexts) {
      const previous = { swagger: structuredClone(ctx.swagger), properties: ctx.properties };
      expect(runRules(breaking, { ...ctx, previous }), name).toEqual([]);
    }
  });
});
