import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProjectSource } from '../../../main/core/project/open';
import { ProjectError } from '../../../main/core/project/errors';
import { corpusDir } from '../../support/corpus';

const temp = () => mkdtempSync(join(tmpdir(), 'cs-open-'));

async function openError(path: string): Promise<ProjectError> {
  try {
    await openProjectSource(path);
  } catch (error) {
    if (error instanceof ProjectError) return error;
    throw error;
  }
  throw new Error('expected the open to fail');
}

describe('openProjectSource', () => {
  it('opens a connector folder with readme in any case and lists every file name', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'apiDefinition.swagger.json'), '{"swagger":"2.0","info":{"title":"A","version":"1"},"paths":{}}');
    writeFileSync(join(dir, 'apiProperties.json'), '{"properties":{}}');
    writeFileSync(join(dir, 'README.md'), '# A');
    writeFileSync(join(dir, 'settings.json'), '{}');
    const project = await openProjectSource(dir);
    expect(project.source).toEqual({ kind: 'folder', path: dir });
    expect(project.files['readme.md']?.diskName).toBe('README.md');
    expect(project.fileNames).toEqual(['README.md', 'apiDefinition.swagger.json', 'apiProperties.json', 'settings.json']);
  });

  it('opens a broken corpus connector and says where it is broken', async () => {
    const project = await openProjectSource(corpusDir('certified-connectors__IN-D-Invoice-Data-Capture'));
    expect(project.notices.length).toBeGreaterThan(0);
    expect(project.notices[0]).toMatchObject({ file: 'apiDefinition.swagger.json', severity: 'error' });
    expect(project.notices[0].line).toBeGreaterThan(1);
    expect(project.notices[0].message).toContain("Missing ','");
  });

  it('reports bytes that are not UTF-8 with their position and keeps them', async () => {
    const dir = temp();
    const text = Buffer.concat([Buffer.from('{"swagger":"2.0",\n"info":{"title":"Caf'), Buffer.from([0xe9]), Buffer.from('","version":"1"},"paths":{}}')]);
    writeFileSync(join(dir, 'apiDefinition.swagger.json'), text);
    const project = await openProjectSource(dir);
    expect(project.notices).toEqual([expect.objectContaining({ line: 2, column: 21, severity: 'warning', message: expect.stringContaining('0xE9 is not valid UTF-8') })]);
  });

  it('imports a lone YAML swagger as JSON into an untitled project', async () => {
    const dir = temp();
    const file = join(dir, 'petstore.yaml');
    writeFileSync(file, 'swagger: "2.0"\ninfo:\n  title: Pets\n  version: "1"\npaths: {}\n');
    const project = await openProjectSource(file);
    expect(project.source.kind).toBe('swagger');
    expect(JSON.parse(project.files['apiDefinition.swagger.json']!.text)).toMatchObject({ swagger: '2.0', info: { title: 'Pets' } });
    expect(project.files['apiProperties.json']).toBeDefined();
  });

  it('keeps a lone JSON swagger text exactly as it was', async () => {
    const dir = temp();
    const file = join(dir, 'api.json');
    const text = '{\r\n\t"swagger": "2.0", "info": {"title": "T", "version": "1"}, "paths": {}\r\n}';
    writeFileSync(file, text);
    expect((await openProjectSource(file)).files['apiDefinition.swagger.json']!.text).toBe(text);
  });

  it.each([
    ['a folder that is not a connector', () => temp(), 'not-a-connector', 'no apiDefinition.swagger.json'],
    ['a path that does not exist', () => join(temp(), 'missing'), 'not-found', 'Nothing was found'],
    ['an empty file', () => { const f = join(temp(), 'x.json'); writeFileSync(f, ''); return f; }, 'unreadable', 'is empty'],
    ['a text file that is not a definition', () => { const f = join(temp(), 'notes.txt'); writeFileSync(f, 'hello: [unclosed'); return f; }, 'unreadable', 'neither JSON nor valid YAML'],
    ['an OpenAPI 3 file', () => { const f = join(temp(), 'o.json'); writeFileSync(f, '{"openapi":"3.0.3","info":{},"paths":{}}'); return f; }, 'needs-conversion', 'OpenAPI 3.0.3'],
    ['a Swagger 1.2 file', () => { const f = join(temp(), 'o.json'); writeFileSync(f, '{"swaggerVersion":"1.2"}'); return f; }, 'unsupported', 'not a Swagger 2.0'],
    ['a file named .zip that is not a zip', () => { const f = join(temp(), 'p.zip'); writeFileSync(f, 'not a zip'); return f; }, 'bad-package', 'zip'],
    ['a YAML alias bomb', () => { const f = join(temp(), 'bomb.yaml'); writeFileSync(f, aliasBomb()); return f; }, 'unreadable', 'neither JSON nor valid YAML'],
  ])('refuses %s with a clear error', async (_name, make, code, message) => {
    const error = await openError(make());
    expect(error.code).toBe(code);
    expect(error.message).toContain(message);
  });

  it('refuses a file over 64 MB before reading it', async () => {
    const dir = temp();
    const file = join(dir, 'huge.json');
    writeFileSync(file, Buffer.alloc(65 * 1024 * 1024, 32));
    expect((await openError(file)).code).toBe('too-large');
  });

  it('opens a folder nested zip package', async () => {
    const dir = temp();
    mkdirSync(join(dir, 'sub'));
    const error = await openError(join(dir, 'sub'));
    expect(error.code).toBe('not-a-connector');
  });
});

function aliasBomb(): string {
  const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 12; i++) {
    const prev = String.fromCharCode(96 + i);
    const next = String.fromCharCode(97 + i);
    lines.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  return lines.join('\n') + '\n';
}
