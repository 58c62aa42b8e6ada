import { describe, expect, it } from 'vitest';
import { validateProject, validateSwaggerOnly, type ValidationInput } from '../../../main/core/validate/engine';
import type { Rule } from '../../../main/core/rules/rule';
import { minimalSwagger } from './helpers';

const SWAGGER = 'apiDefinition.swagger.json';
const input = (swaggerText: string, extra: Partial<ValidationInput> = {}): ValidationInput => ({ texts: { [SWAGGER]: swaggerText }, fileNames: [SWAGGER], kind: 'certified', ...extra });
const noRules = { rules: [] as Rule[] };

describe('validateProject', () => {
  it('finds nothing in a valid definition, and reports its timings', async () => {
    const result = await validateProject(input(JSON.stringify(minimalSwagger(), null, 2)), noRules);
    expect(result.findings).toEqual([]);
    for (const step of ['parse', 'schema', 'semantic', 'rules', 'positions', 'total']) expect(result.timings[step]).toBeGreaterThanOrEqual(0);
  });

  it('positions schema findings in the text, CRLF and trailing commas included', async () => {
    const doc = minimalSwagger();
    doc.scriptOperations = [];
    const text = JSON.stringify(doc, null, 2).replace(/\n/g, '\r\n').replace('"https"\r\n', '"https",\r\n');
    const result = await validateProject(input(text), noRules);
    const line = text.split('\r\n').findIndex((l) => l.includes('"scriptOperations"')) + 1;
    expect(result.findings.map((f) => [f.rule, f.severity, f.line])).toEqual([
      ['json-syntax', 'warning', text.split('\r\n').findIndex((l) => l.includes('"https",')) + 1],
      ['swagger-schema', 'error', line],
    ]);
    expect(result.findings[1]).toMatchObject({ file: SWAGGER, path: '/scriptOperations', column: 3, step: 'definition' });
  });

  it('reports broken JSON with its position and still runs the rules on what was recovered', async () => {
    const seen: unknown[] = [];
    const spy: Rule = { id: 'spy', catalogue: [], severity: 'warning', step: 'general', description: 'test', check: (ctx) => void seen.push(ctx.swagger) };
    const result = await validateProject(input('{\n  "swagger": "2.0"\n  "info": {}\n}'), { rules: [spy] });
    expect(result.findings.find((f) => f.rule === 'json-syntax')).toMatchObject({ severity: 'error', line: 3, column: 3 });
    expect(seen).toEqual([{ swagger: '2.0', info: {} }]);
  });

  it('turns a throwing rule into an internal info finding and keeps the other rules', async () => {
    const boom: Rule = { id: 'boom', catalogue: [], severity: 'error', step: 'general', description: 'throws', check: () => { throw new Error('kaput'); } };
    const fine: Rule = {
      id: 'title-check', catalogue: [19], severity: 'error', step: 'general', description: 'reports',
      check: (_ctx, report) => report({ file: SWAGGER, path: '/info/title', message: 'Title problem' }),
    };
    const result = await validateProject(input(JSON.stringify(minimalSwagger(), null, 2)), { rules: [boom, fine] });
    expect(result.findings).toEqual([
      expect.objectContaining({ rule: 'title-check', severity: 'error', step: 'general', line: 4, column: 5 }),
      expect.objectContaining({ rule: 'internal', severity: 'info', file: 'project', line: 1, column: 1, message: expect.stringContaining('"boom"') }),
    ]);
  });

  it('gives rules the parsed documents, sizes, previous version and kind', async () => {
    let ctx: any;
    const spy: Rule = { id: 'spy', catalogue: [], severity: 'info', step: 'general', description: 'test', check: (c) => void (ctx = c) };
    const swagger = JSON.stringify(minimalSwagger());
    await validateProject({
      texts: { [SWAGGER]: swagger, 'apiProperties.json': '{"properties":{"iconBrandColor":"#123456"}}', 'readme.md': '# Demo' },
      fileNames: ['x'], kind: 'independent-publisher', previous: { swagger: '{"swagger":"2.0"}' }, secrets: ['s3cr3t'],
    }, { rules: [spy] });
    expect(ctx.properties).toEqual({ properties: { iconBrandColor: '#123456' } });
    expect(ctx.swaggerBytes).toBe(Buffer.byteLength(swagger));
    expect(ctx.previous).toEqual({ swagger: { swagger: '2.0' }, properties: undefined });
    expect(ctx.kind).toBe('independent-publisher');
    expect(ctx.secrets).toEqual(['s3cr3t']);
    expect(ctx.texts['readme.md']).toBe('# Demo');
    expect(ctx.swaggerSchemaValid).toBe(true);
    const broken = minimalSwagger();
    broken.paths['/items/{id}'].get.visibility = 'important';
    await validateProject(input(JSON.stringify(broken)), { rules: [spy] });
    expect(ctx.swaggerSchemaValid).toBe(false);
  });

  it('sorts findings by file, then line', async () => {
    const doc = minimalSwagger();
    doc.zeta = 1;
    doc.alpha = 2;
    const text = JSON.stringify(doc, null, 2);
    const lineOf = (key: string) => text.split('\n').findIndex((l) => l.includes(`"${key}"`)) + 1;
    const result = await validateProject({ ...input(text), texts: { [SWAGGER]: text, 'apiProperties.json': '{ "properties": {}, }' } }, noRules);
    expect(result.findings.map((f) => `${f.file}:${f.line}`)).toEqual([`${SWAGGER}:${lineOf('zeta')}`, `${SWAGGER}:${lineOf('alpha')}`, 'apiProperties.json:1']);
  });

  it('validates a YAML swagger, positioned in the YAML text', async () => {
    const result = await validateSwaggerOnly('swagger: "2.0"\ninfo:\n  title: Demo\n  version: "1"\npaths: {}\nbogus: 1\n');
    const finding = result.findings.find((f) => f.path === '/bogus');
    expect(finding).toMatchObject({ severity: 'error', line: 6, column: 1, message: expect.stringMatching(/^ExtensionNameNotValid/) });
  });

  it('says an OpenAPI 3 document needs converting, once', async () => {
    const result = await validateProject(input('{"openapi":"3.0.1","info":{"title":"x","version":"1"},"paths":{}}'), noRules);
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'openapi-version', severity: 'error', message: expect.stringContaining('Swagger 2.0') })]);
  });

  it('runs the deep check only when asked, within its time limit', async () => {
    const doc = minimalSwagger();
    // Each level references the next ten times: a full dereference grows as 10^depth.
    for (let level = 0; level < 30; level++) {
      doc.definitions[`L${level}`] = { type: 'object', properties: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`p${i}`, { $ref: `#/definitions/L${level + 1}` }])) };
    }
    doc.definitions.L30 = { type: 'string' };
    doc.paths['/items/{id}'].get.responses['201'] = { description: 'bomb', schema: { $ref: '#/definitions/L0' } };
    const text = JSON.stringify(doc, null, 2);
    expect((await validateProject(input(text), noRules)).findings).toEqual([]);
    const deep = await validateProject(input(text, { deep: true }), { ...noRules, deepTimeoutMs: 200 });
    expect(deep.findings).toEqual([expect.objectContaining({ rule: 'swagger-semantic', path: '', line: 1, message: expect.stringContaining('took longer than 0.2 s') })]);
  });
});

describe('hostile input (in-process: each ends in a clear finding)', () => {
  it('refuses a 50 MB text before parsing it', async () => {
    const text = '{"swagger":"2.0","x-pad":"' + 'a'.repeat(50 * 1024 * 1024) + '"}';
    const result = await validateProject(input(text), noRules);
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'json-syntax', severity: 'error', line: 1, column: 1, message: expect.stringMatching(/50\.0 MB.*1 MB limit/) })]);
    expect(result.timings.parse).toBeLessThan(result.timings.total + 1);
  });

  it('reports 100,000 levels of nesting instead of overflowing the stack', async () => {
    const text = '['.repeat(100_000) + ']'.repeat(100_000);
    const result = await validateProject(input(text), noRules);
    expect(result.findings).toEqual([expect.objectContaining({ severity: 'error', line: 1, column: 1, message: expect.stringMatching(/must be a JSON object|nested too deeply/) })]);
  });

  it('reports a schema nested 100,000 levels deep as a problem of the document', async () => {
    const doc = minimalSwagger();
    const text = JSON.stringify(doc).replace('"definitions":{', `"definitions":{"Deep":${'{"items":'.repeat(100_000)}{}${'}'.repeat(100_000)},`);
    const result = await validateProject(input(text), noRules);
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.every((f) => f.severity === 'error' && /nested too deeply/.test(f.message))).toBe(true);
  });

  it('handles a deep object that JSON.parse accepts', async () => {
    const text = '{"swagger":"2.0","x-deep":' + '{"a":'.repeat(3000) + '1' + '}'.repeat(3000) + '}';
    const result = await validateProject(input(text), noRules);
    expect(result.findings.every((f) => f.rule !== 'internal')).toBe(true);
    expect(result.findings.some((f) => f.rule === 'swagger-schema')).toBe(true);
  });

  it('rejects a YAML alias bomb with a finding', async () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
    const result = await validateProject(input(lines.join('\n')), noRules);
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'json-syntax', severity: 'error', message: expect.stringMatching(/alias bomb/) })]);
  });

  it('reads invalid UTF-8 as text and says where it is', async () => {
    const { decodeText } = await import('../../../main/core/text/encoding');
    const bytes = new TextEncoder().encode(JSON.stringify(minimalSwagger(), null, 2).replace('A demo', 'Caf\u00ff demo'));
    const latin = Uint8Array.from([...bytes].flatMap((b, i, all) => (b === 0xc3 && all[i + 1] === 0xbf ? [0xe9] : all[i - 1] === 0xc3 && b === 0xbf ? [] : [b])));
    const result = await validateProject(input(decodeText(latin).text), noRules);
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'text-encoding', severity: 'warning', line: 6 })]);
  });
});

describe('a problem both a rule and a structural check could report', () => {
  // Each problem, the rule that owns it, the engine's own id for it, and where both point.
  // `fallbackPath`: where the engine's own finding points, when not at the rule's member itself.
  const cases: { problem: string; edit: (doc: ReturnType<typeof minimalSwagger>) => void; owner: string; fallback: string; path: string; fallbackPath?: string }[] = [
    { problem: 'a property that is not an extension', edit: (doc) => (doc.scriptOperations = []), owner: 'unknown-properties', fallback: 'swagger-schema', path: '/scriptOperations' },
    { problem: 'an unknown operation property', edit: (doc) => (doc.paths['/items/{id}'].get.visibility = 'important'), owner: 'unknown-properties', fallback: 'swagger-schema', path: '/paths/~1items~1{id}/get/visibility' },
    { problem: 'a $ref that resolves to nothing', edit: (doc) => (doc.definitions.Gone = { $ref: '#/definitions/Nowhere' }), owner: 'ref-targets', fallback: 'swagger-ref', path: '/definitions/Gone/$ref' },
    { problem: 'a $ref to another file', edit: (doc) => (doc.definitions.Remote = { $ref: 'https://example.com/schemas.json#/Thing' }), owner: 'ref-targets', fallback: 'swagger-ref', path: '/definitions/Remote/$ref' },
    { problem: 'a wrong Swagger version', edit: (doc) => (doc.swagger = '3.0'), owner: 'swagger-version', fallback: 'swagger-schema', path: '/swagger' },
    { problem: 'an OpenAPI 3 document', edit: (doc) => { delete doc.swagger; doc.openapi = '3.0.1'; }, owner: 'swagger-version', fallback: 'openapi-version', path: '/openapi' },
    { problem: 'two operations with one operationId', edit: (doc) => (doc.paths['/other'] = { post: { ...doc.paths['/items/{id}'].get, parameters: [] } }), owner: 'operation-id', fallback: 'swagger-semantic', path: '/paths/~1other/post/operationId' },
    { problem: 'a response without a description', edit: (doc) => delete doc.paths['/items/{id}'].get.responses['200'].description, owner: 'swagger-structure', fallback: 'swagger-schema', path: '/paths/~1items~1{id}/get/responses/200/description', fallbackPath: '/paths/~1items~1{id}/get/responses/200' },
    { problem: 'a path parameter without required', edit: (doc) => delete doc.paths['/items/{id}'].get.parameters[0].required, owner: 'swagger-structure', fallback: 'swagger-schema', path: '/paths/~1items~1{id}/get/parameters/0/required', fallbackPath: '/paths/~1items~1{id}/get/parameters/0' },
    { problem: 'a path parameter with required: false', edit: (doc) => (doc.paths['/items/{id}'].get.parameters[0].required = false), owner: 'swagger-structure', fallback: 'swagger-schema', path: '/paths/~1items~1{id}/get/parameters/0/required' },
    { problem: 'a path placeholder without its parameter', edit: (doc) => (doc.paths['/items/{id}/{part}'] = { get: { ...doc.paths['/items/{id}'].get, operationId: 'GetPart' } }), owner: 'swagger-structure', fallback: 'swagger-semantic', path: '/paths/~1items~1{id}~1{part}/get/parameters' },
    { problem: 'an info without a title', edit: (doc) => delete doc.info.title, owner: 'title-length', fallback: 'swagger-schema', path: '/info/title', fallbackPath: '/info' },
    { problem: 'a host with a scheme and a path', edit: (doc) => (doc.host = 'https://api.example.com/v1'), owner: 'host-base-path-schemes', fallback: 'swagger-schema', path: '/host' },
    { problem: 'a basePath without its slash', edit: (doc) => (doc.basePath = 'v1'), owner: 'host-base-path-schemes', fallback: 'swagger-schema', path: '/basePath' },
    { problem: 'an ftp scheme', edit: (doc) => (doc.schemes = ['ftp']), owner: 'host-base-path-schemes', fallback: 'swagger-schema', path: '/schemes/0' },
    { problem: 'a summary that is a number', edit: (doc) => (doc.paths['/items/{id}'].get.summary = 5), owner: 'operation-summary', fallback: 'swagger-schema', path: '/paths/~1items~1{id}/get/summary' },
    {
      problem: 'two body parameters',
      edit: (doc) => doc.paths['/items/{id}'].get.parameters.push({ name: 'a', in: 'body', schema: { type: 'object' } }, { name: 'b', in: 'body', schema: { type: 'object' } }),
      owner: 'swagger-structure',
      fallback: 'swagger-semantic',
      path: '/paths/~1items~1{id}/get/parameters/2',
      fallbackPath: '/paths/~1items~1{id}/get/parameters',
    },
    {
      problem: 'a body beside formData',
      edit: (doc) => doc.paths['/items/{id}'].get.parameters.push({ name: 'a', in: 'body', schema: { type: 'object' } }, { name: 'f', in: 'formData', type: 'string' }),
      owner: 'swagger-structure',
      fallback: 'swagger-semantic',
      path: '/paths/~1items~1{id}/get/parameters/2',
      fallbackPath: '/paths/~1items~1{id}/get/parameters',
    },
  ];

  it.each(cases)('$problem: one finding, from $owner when the rules run, else from $fallback', async ({ edit, owner, fallback, path, fallbackPath = path }) => {
    const doc = minimalSwagger();
    edit(doc);
    const text = JSON.stringify(doc, null, 2);
    const all = await validateProject(input(text));
    const structural = new Set(['swagger-schema', 'swagger-semantic', 'swagger-ref', 'openapi-version']);
    expect(all.findings.filter((f) => f.path === path || f.path === fallbackPath).map((f) => f.rule)).toEqual([owner]);
    expect(all.findings.filter((f) => structural.has(f.rule))).toEqual([]);
    expect(all.findings.find((f) => f.path === path)!.line).toBeGreaterThan(1);
    const alone = await validateProject(input(text), noRules);
    expect(alone.findings.filter((f) => f.path === fallbackPath).map((f) => f.rule)).toEqual([fallback]);
  });

  it('keeps a schema error where the rule speaking of that member only warns', async () => {
    const doc = minimalSwagger();
    doc.paths['/items/{id}'].get.summary = 5;
    const path = '/paths/~1items~1{id}/get/summary';
    const warnOnly = (severity: 'warning' | 'error'): Rule => ({
      id: 'operation-summary', catalogue: [], severity, step: 'definition', description: 'test',
      check: (_ctx, report) => report({ message: 'About the summary.', file: SWAGGER, path }),
    });
    const rulesAt = async (rule: Rule) => (await validateProject(input(JSON.stringify(doc)), { rules: [rule] })).findings.filter((f) => f.path === path).map((f) => `${f.rule} ${f.severity}`);
    expect(await rulesAt(warnOnly('warning'))).toEqual(['swagger-schema error', 'operation-summary warning']);
    expect(await rulesAt(warnOnly('error'))).toEqual(['operation-summary error']);
  });

  it('does not run the deep check on a document with a problem a rule owns', async () => {
    // swagger-parser's spec check would stop at the same duplicate operationId and say it a second time.
    const doc = minimalSwagger();
    doc.paths['/other'] = { post: { ...doc.paths['/items/{id}'].get, parameters: [] } };
    const result = await validateProject(input(JSON.stringify(doc, null, 2), { deep: true }));
    expect(result.findings.filter((f) => f.rule === 'operation-id' || f.rule === 'swagger-semantic').map((f) => f.rule)).toEqual(['operation-id']);
  });

  it('does not run the deep check on a document with a problem the semantic check leaves to a rule', async () => {
    // Two bodies: swagger-structure reports them, and swagger-parser's spec check would stop there and say it again.
    const doc = minimalSwagger();
    doc.paths['/items/{id}'].get.parameters.push({ name: 'a', in: 'body', schema: { type: 'object' } }, { name: 'b', in: 'body', schema: { type: 'object' } });
    const result = await validateProject(input(JSON.stringify(doc, null, 2), { deep: true }));
    expect(result.findings.filter((f) => f.rule === 'swagger-structure' || f.rule === 'swagger-semantic').map((f) => f.rule)).toEqual(['swagger-structure']);
  });

  it('leaves an unknown property of the objects the rule does not check (a schema) to the schema check', async () => {
    const doc = minimalSwagger();
    doc.definitions.Item.bogus = 1;
    const result = await validateProject(input(JSON.stringify(doc, null, 2)));
    expect(result.findings.filter((f) => f.path === '/definitions/Item/bogus').map((f) => f.rule)).toEqual(['swagger-schema']);
  });
});
