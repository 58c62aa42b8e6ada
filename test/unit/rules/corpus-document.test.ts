/**
 * Corpus discipline: Microsoft accepted every connector of the corpus, so each ERROR the document rules
 * (catalogue 1–37) raise on it must be a genuine defect listed, with its reason, in
 * test/fixtures/corpus-errors.document.json — no more, no fewer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_RULES } from '../../../main/core/rules/document-rules';
import { corpusConnectors } from '../../support/corpus';
import { corpusContext, runRules } from './support/corpus-context';

interface Expected {
  connector: string;
  rule: string;
  file: string;
  path: string;
  reason: string;
}

const FIXTURE = join(__dirname, '../../fixtures/corpus-errors.document.json');
const expected = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Expected[];
const key = (e: { connector: string; rule: string; file: string; path: string }) => `${e.connector} ${e.rule} ${e.file} ${e.path}`;

describe('document rules over the certified corpus', () => {
  const connectors = corpusConnectors();

  it('covers the whole corpus', () => {
    expect(connectors.length).toBe(93);
  });

  it('raises exactly the fixtured errors', () => {
    const actual: string[] = [];
    for (const { name } of connectors) {
      for (const finding of runRules(DOCUMENT_RULES, corpusContext(name))) {
        if (finding.severity === 'error') actual.push(key({ connector: name, ...finding }));
      }
    }
    expect(actual.sort()).toEqual(expected.map(key).sort());
  });

  it('gives every fixtured error a reason and a rule that exists', () => {
    const ids = new Set(DOCUMENT_RULES.map((rule) => rule.id));
    for (const entry of expected) {
      expect(ids.has(entry.rule), entry.rule).toBe(true);
      expect(entry.reason.length, key(entry)).toBeGreaterThan(30);
    }
  });

  it('turns the grandfathered errors (rules 26, 29, 30) into legacy warnings when the same version is attached as previous', () => {
    const legacyRules = new Set(['parameter-summary-description', 'response-schema', 'default-response-schema']);
    const grandfathered = expected.filter((e) => legacyRules.has(e.rule));
    expect(grandfathered.length).toBeGreaterThan(0);
    const actual: string[] = [];
    for (const name of new Set(grandfathered.map((e) => e.connector))) {
      const ctx = corpusContext(name);
      const again = corpusContext(name);
      ctx.previous = { swagger: again.swagger, properties: again.properties };
      for (const finding of runRules(DOCUMENT_RULES, ctx)) {
        if (!legacyRules.has(finding.rule)) continue;
        expect(finding.severity, key({ connector: name, ...finding })).not.toBe('error');
        if (finding.legacy) actual.push(key({ connector: name, ...finding }));
      }
    }
    expect(actual.sort()).toEqual(grandfathered.map(key).sort());
  });
});
