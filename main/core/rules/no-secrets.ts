/**
 * Catalogue 4 (CERTIFICATION.md §3 A): no secrets in the submission. `clientSecret` absent or a
 * placeholder; no real tokens or keys in x-ms-test-value / examples (M:README.md; the x-ms-test-value schema
 * note "DO NOT include any secrets"); and none of the secret values the app holds for this project appear in
 * any file. A secret is matched, never printed. Placeholders and token shapes are the export gate's own
 * (text/secret-values.ts, text/secret-tokens.ts), so the rule and the gate agree.
 */
import type { ProjectFileName } from '../model/findings';
import type { Report, Rule, RuleContext } from './rule';
import { firstToken } from '../text/secret-tokens';
import { isPlaceholder } from '../text/secret-values';
import { documentIndex, eachString } from './support/document-index';
import { pointerOf } from '../model/json-pointer';

const SWAGGER = 'apiDefinition.swagger.json' as const;
const PROPERTIES = 'apiProperties.json' as const;

export const noSecrets: Rule = {
  id: 'no-secrets',
  catalogue: [4],
  severity: 'error',
  step: 'export',
  description: 'No client secret, real token or key, nor any secret the app holds, appears in the submitted files.',
  check(ctx, report) {
    // One finding per node: a real client secret that is also a held secret is reported once.
    const reported = new Set<string>();
    const once: Report = (finding) => {
      const key = `${finding.file} ${finding.path}`;
      if (reported.has(key)) return;
      reported.add(key);
      report(finding);
    };
    checkClientSecrets(ctx.properties, once);
    checkSampleValues(ctx, once);
    checkHeldSecrets(ctx, once);
  },
};

function checkClientSecrets(properties: unknown, report: Report): void {
  eachString(properties, (value, place) => {
    if (place?.key !== 'clientSecret' || isPlaceholder(value)) return;
    const path = pointerOf(place);
    report({
      message: 'apiProperties.json contains an OAuth client secret: remove it (it is entered when the connector is created, never submitted).',
      file: PROPERTIES,
      path,
      step: 'security',
      fix: { label: 'Remove the client secret', edits: [{ file: PROPERTIES, path, remove: true }] },
    });
  });
}

/** Strings under x-ms-test-value, example(s), x-example or default, at any depth (the index lists them). */
function checkSampleValues(ctx: RuleContext, report: Report): void {
  for (const { value, place } of documentIndex(ctx).sampleStrings) {
    if (firstToken(value) === undefined) continue;
    report({
      message: 'This sample value looks like a real token or key: DO NOT include any secrets; use a dummy value.',
      file: SWAGGER,
      path: pointerOf(place),
      step: 'definition',
    });
  }
}

function checkHeldSecrets(ctx: RuleContext, report: Report): void {
  const secrets = (ctx.secrets ?? []).filter((secret) => secret.length >= 4);
  if (secrets.length === 0) return;
  const contains = (text: string) => secrets.some((secret) => text.includes(secret));
  const message = 'This file contains one of the secrets stored for this connector: remove it before submitting.';
  const parsed: [ProjectFileName, unknown][] = [[SWAGGER, ctx.swagger], [PROPERTIES, ctx.properties]];
  const located = new Set<ProjectFileName>();
  for (const [file, root] of parsed) {
    eachString(root, (value, place) => {
      if (!contains(value)) return;
      located.add(file);
      report({ message, file, path: pointerOf(place) });
    });
  }
  for (const [file, text] of Object.entries(ctx.texts) as [ProjectFileName, string | undefined][]) {
    if (text === undefined || located.has(file) || !contains(text)) continue;
    report({ message, file, path: '' });
  }
}
