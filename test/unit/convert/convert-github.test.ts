/**
 * GitHub's REST description (the @octokit/openapi package, ~10 MB): its root x-webhooks, its operations'
 * x-github-breaking-changes and its examples holding a literal "$ref" used to leave ~300 references to
 * #/components in the converted swagger. Whole, and with a few operations picked, nothing may dangle now.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { convertText } from '../../../main/core/convert/convert';
import { keepOperations, summariseOperations } from '../../../main/core/convert/selection';
import { validateSwaggerOnly } from '../../../main/core/validate/engine';
import { modules, readText } from './support/inputs';
import { danglingReferences, referenceFindings } from './support/references';
import { swaggerSchemaErrors } from './support/swagger-schema';

const GITHUB = join(modules, '@octokit', 'openapi', 'generated', 'api.github.com.json');

describe('the GitHub REST description', () => {
  const converted = convertText({ text: readText(GITHUB), fileName: 'api.github.com.json' });
  const dropped = converted.report.items.filter((item) => item.kind === 'dropped');

  it('converts whole with no dangling reference and no reference finding', () => {
    expect(danglingReferences(converted.swagger)).toEqual([]);
    // The whole file is over the 1 MB the validator parses, so its reference checks are run on it directly.
    expect(referenceFindings(converted.swagger)).toEqual([]);
    expect(JSON.stringify(converted.swagger)).not.toContain('#/components/');
    expect(swaggerSchemaErrors(converted.swagger)).toEqual([]);
  });

  it('reports each drop with its place, count and reason', () => {
    const webhooks = dropped.find((item) => item.sourcePointer === '/x-webhooks');
    expect(webhooks?.message).toMatch(/^The vendor extension x-webhooks \(\d{3} entries\) was dropped: it has no Swagger 2\.0 or Power Platform meaning and holds \d{3} OpenAPI 3 references/);
    const breaking = dropped.filter((item) => /\/x-github-breaking-changes$/.test(item.sourcePointer));
    expect(breaking.length).toBeGreaterThan(5);
    expect(breaking).toContainEqual(expect.objectContaining({ sourcePointer: '/components/schemas/migration/x-github-breaking-changes', targetPointer: '/definitions/migration/x-github-breaking-changes' }));
    const examples = dropped.filter((item) => /literal "\$ref"/.test(item.message));
    expect(examples).toContainEqual(
      expect.objectContaining({
        sourcePointer: '/paths/~1repos~1{owner}~1{repo}~1issues~1{issue_number}/get/responses/200/content/application~1json/examples/default/value',
        targetPointer: '/paths/~1repos~1{owner}~1{repo}~1issues~1{issue_number}/get/responses/200/examples',
      }),
    );
  });

  it('keeps a few picked operations small and clean for the whole validator', async () => {
    const picked = summariseOperations(converted)
      .filter((op) => op.path.startsWith('/repos/{owner}/{repo}/issues'))
      .slice(0, 5)
      .map((op) => op.operationId as string);
    const kept = keepOperations(converted, picked);
    expect(kept.swagger['x-webhooks']).toBeUndefined();
    expect(danglingReferences(kept.swagger)).toEqual([]);
    const text = JSON.stringify(kept.swagger, null, 2);
    // x-webhooks alone used to weigh ~580 KB in every picked subset.
    expect(Buffer.byteLength(text)).toBeLessThan(200_000);
    const { findings } = await validateSwaggerOnly(text, { deep: true });
    expect(findings.filter((f) => f.rule === 'ref-targets' || f.rule === 'swagger-ref' || f.rule === 'swagger-semantic')).toEqual([]);
    expect(kept.report.items.filter((item) => item.sourcePointer === '/x-webhooks')).toHaveLength(1);
  });
});
