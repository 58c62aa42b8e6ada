/**
 * Issue 2's promise: open any real connector through the real handlers and save it unchanged, and every file
 * comes back byte-identical.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../../../main/handlers';
import { createTestHost } from '../../support/test-host';
import { corpusConnectors } from '../../support/corpus';

describe('corpus round trip through the handlers', () => {
  const host = createTestHost();
  const handlers = createHandlers(host, () => undefined);
  const out = mkdtempSync(join(tmpdir(), 'cs-roundtrip-'));

  it.each(corpusConnectors().map((c) => [c.name, c.dir]))('%s saves back byte-identical', async (name, dir) => {
    const opened = await handlers.openPath(dir);
    if (!opened.ok) throw new Error(opened.error.message);
    const project = opened.value;
    const target = join(out, name);
    const saved = await handlers.saveProject({ folder: target, files: project.files, iconBase64: project.iconBase64, sidecar: project.sidecar, title: name });
    if (!saved || !saved.ok) throw new Error('save failed');
    for (const file of readdirSync(dir)) {
      expect(readFileSync(join(target, file)).equals(readFileSync(join(dir, file))), `${name}/${file}`).toBe(true);
    }
    expect(readdirSync(target).sort()).toEqual(readdirSync(dir).sort());
  });
});
