import { mkdtempSync, readFileSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ZipFile } from 'yazl';
import { writeZip } from '../../../main/core/package/write-zip';

const encode = (s: string) => new TextEncoder().encode(s);
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArguments, validateCommand } from '../../../main/cli/validate';
import type { CliIO } from '../../../main/cli/io';
import { corpusDir } from '../../support/corpus';
import { minimalSwagger } from './helpers';

const PERPLEXITY = corpusDir('independent-publisher-connectors__Perplexity-AI');

function capture(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), cwd };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

describe('connector-studio validate', () => {
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cs-cli-validate-'));
    const doc = minimalSwagger();
    doc.scriptOperations = [];
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(doc, null, 2));
    writeFileSync(join(dir, 'bad.yaml'), 'swagger: "2.0"\ninfo:\n  title: Demo\n  version: "1"\npaths: {}\nbogus: 1\n');
    const zip = new ZipFile();
    for (const name of ['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md']) zip.addBuffer(readFileSync(join(PERPLEXITY, name)), name);
    zip.end();
    await new Promise<void>((done, fail) => zip.outputStream.pipe(createWriteStream(join(dir, 'package.zip'))).on('close', done).on('error', fail));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints one JSON array with one element per input, and exits 1 when an input has errors', async () => {
    const run = capture(dir);
    const code = await validateCommand([PERPLEXITY, 'bad.json', '--format', 'json', '--kind', 'independent-publisher'], run.io);
    expect(code).toBe(1);
    const report = JSON.parse(run.stdout());
    expect(report.map((r: { input: string }) => r.input)).toEqual([PERPLEXITY, 'bad.json']);
    for (const element of report) {
      expect(element.errors).toBe(element.findings.filter((f: { severity: string }) => f.severity === 'error').length);
      expect(element.warnings).toBe(element.findings.filter((f: { severity: string }) => f.severity === 'warning').length);
      for (const f of element.findings) expect(Object.keys(f).sort()).toEqual(['column', 'file', 'line', 'message', 'path', 'rule', 'severity']);
    }
    expect(report[0].findings).toContainEqual(expect.objectContaining({ rule: 'swagger-schema', file: 'apiDefinition.swagger.json', path: '/paths/~1chat~1completions/post/parameters/0/schema/properties/model/enum', line: 153, column: 19 }));
    expect(report[1].findings).toContainEqual(expect.objectContaining({ path: '/scriptOperations', severity: 'error', message: expect.stringMatching(/^ExtensionNameNotValid/) }));
    expect(run.stderr()).toBe(`[1/2] ${PERPLEXITY}\n[2/2] bad.json\n`);
  });

  it('prints text lines file:line:column  severity  rule  message and a summary', async () => {
    const run = capture(dir);
    expect(await validateCommand(['bad.yaml'], run.io)).toBe(1);
    const lines = run.stdout().trimEnd().split('\n');
    expect(lines.filter((l) => /^bad\.yaml:6:1  error  [a-z-]+  ExtensionNameNotValid: The property 'bogus' is not valid\./.test(l))).toHaveLength(1);
    expect(lines[lines.length - 1]).toMatch(/^\d+ error\(s\), \d+ warning\(s\) in 1 input; 1 with errors\.$/);
    expect(run.stderr()).toBe('');
  });

  it('reads a package zip', async () => {
    const run = capture(dir);
    expect(await validateCommand(['package.zip', '--format', 'json'], run.io)).toBe(1);
    const [element] = JSON.parse(run.stdout());
    expect(element.findings).toContainEqual(expect.objectContaining({ rule: 'swagger-schema', line: 153, column: 19 }));
  });

  it('checks a portal package zip against the structure Microsoft expects', async () => {
    // intro.md and a Package Deployer zip whose assets folder holds only the connector solution (no flow).
    const solution = await writeZip([
      { name: '[Content_Types].xml', bytes: encode('<Types/>') },
      { name: 'customizations.xml', bytes: encode('<ImportExportXml><Connectors><Connector><name>contoso</name></Connector></Connectors></ImportExportXml>') },
      { name: 'solution.xml', bytes: encode('<ImportExportXml/>') },
      { name: 'Connector/contoso_openapidefinition.json', bytes: encode('{}') },
    ]);
    const pkg = await writeZip([{ name: 'Contoso.dll', bytes: encode('MZ') }, { name: 'PkgAssets/Connector.zip', bytes: solution }]);
    writeFileSync(join(dir, 'portal.zip'), await writeZip([{ name: 'intro.md', bytes: encode('# Contoso\n') }, { name: 'Contoso.pdpkg.zip', bytes: pkg }]));
    const run = capture(dir);
    expect(await validateCommand(['portal.zip', '--format', 'json'], run.io)).toBe(1);
    const [element] = JSON.parse(run.stdout());
    expect(element.findings.filter((f: { rule: string }) => f.rule === 'portal-package')).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringMatching(/^The package folder 'PkgAssets' should contain only connector and flow solution zip files/) }),
    ]);
    const plain = capture(dir);
    await validateCommand(['package.zip', '--format', 'json'], plain.io);
    expect(JSON.parse(plain.stdout())[0].findings.filter((f: { rule: string }) => f.rule === 'portal-package')).toEqual([]);
  });

  it('writes SARIF 2.1.0', async () => {
    const run = capture(dir);
    await validateCommand(['bad.json', '--format', 'sarif'], run.io);
    const sarif = JSON.parse(run.stdout());
    expect(sarif.version).toBe('2.1.0');
    const result = sarif.runs[0].results.find((r: { message: { text: string } }) => r.message.text.startsWith('ExtensionNameNotValid'));
    expect(result).toMatchObject({ level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'bad.json' }, region: { startLine: expect.any(Number), startColumn: 3 } } }] });
    expect(sarif.runs[0].tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
  });

  it('exits 2 when an input cannot be read, and still reports the others', async () => {
    const run = capture(dir);
    expect(await validateCommand(['missing-folder', 'bad.json', '--format', 'json'], run.io)).toBe(2);
    const report = JSON.parse(run.stdout());
    expect(report[0]).toMatchObject({ input: 'missing-folder', errors: 1, findings: [expect.objectContaining({ rule: 'input-unreadable', message: expect.stringContaining('missing-folder') })] });
    expect(report[1].input).toBe('bad.json');
  });

  it('takes a previous version to compare with', async () => {
    const run = capture(dir);
    expect(await validateCommand([PERPLEXITY, '--previous', PERPLEXITY, '--format', 'json'], run.io)).toBe(1);
    expect(JSON.parse(run.stdout())).toHaveLength(1);
    const missing = capture(dir);
    expect(await validateCommand([PERPLEXITY, '--previous', 'nowhere'], missing.io)).toBe(2);
    expect(missing.stderr()).toMatch(/previous version nowhere could not be read/);
  });

  it('refuses bad usage with exit 2', async () => {
    for (const argv of [[], ['x', '--format', 'xml'], ['x', '--kind', 'gold'], ['x', '--bogus'], ['x', '--previous']]) {
      const run = capture(dir);
      expect(await validateCommand(argv, run.io), argv.join(' ')).toBe(2);
      expect(run.stderr()).toMatch(/Usage: connector-studio validate/);
    }
    expect(parseArguments(['a', 'b', '--format', 'sarif', '--kind', 'custom'])).toEqual({ paths: ['a', 'b'], format: 'sarif', kind: 'custom' });
  });
});
