/**
 * Crash backups while typing send the change since the last backup, not every file whole: the renderer's text sender
 * and main's backup handler together must write the same backup file as if the texts had been sent whole, refuse a
 * change made against a version main does not have (nothing written, { resend: true }), and recover after a resend.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../main/handlers';
import { createTestHost } from '../../support/test-host';
import { textSender } from '../../../renderer/document/text-sender';
import type { TextFileName } from '../../../main/core/model/project';
import type { BackupRequest } from '../../../preload/contract';

const SWAGGER = 'apiDefinition.swagger.json';
const PROPERTIES = 'apiProperties.json';

describe('crash backups by changes', () => {
  let dir: string;
  let handlers: ReturnType<typeof createHandlers>;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cs-backup-changes-'));
    handlers = createHandlers(createTestHost({ dataDir: join(dir, 'data') }), () => undefined);
  });
  afterEach(async () => {
    await handlers.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const request = (texts: Partial<Record<TextFileName, string>>, delta: ReturnType<ReturnType<typeof textSender<TextFileName>>['next']>): BackupRequest => ({
    id: 'typing',
    projectPath: null,
    title: 'Typing',
    savedAt: new Date().toISOString(),
    files: Object.fromEntries(Object.keys(texts).map((name) => [name, { bom: name === PROPERTIES, diskName: name }])),
    sidecar: { format: 'connector-studio/1' },
    ...delta,
  });

  it('writes the whole texts from changes, sending only the changed characters', async () => {
    const sender = textSender<TextFileName>();
    const big = JSON.stringify({ swagger: '2.0', info: { title: 'T', description: 'x'.repeat(200_000) } }, null, 2);
    let texts: Partial<Record<TextFileName, string>> = { [SWAGGER]: big, [PROPERTIES]: '{}' };
    expect(await handlers.backupUnsaved(request(texts, sender.next(texts)))).toEqual({});

    // A few keystrokes later: the swagger changed in the middle, the properties did not.
    const offset = big.indexOf('"T"') + 2;
    texts = { [SWAGGER]: big.slice(0, offset) + 'itle' + big.slice(offset), [PROPERTIES]: '{}' };
    const delta = sender.next(texts);
    expect(delta.texts).toEqual({});
    expect(JSON.stringify(delta).length).toBeLessThan(200);
    expect(await handlers.backupUnsaved(request(texts, delta))).toEqual({});

    const [backup] = await handlers.listBackups();
    expect(backup.files[SWAGGER]).toEqual({ text: texts[SWAGGER], bom: false, diskName: SWAGGER });
    expect(backup.files[PROPERTIES]).toEqual({ text: '{}', bom: true, diskName: PROPERTIES });
    expect(backup).not.toHaveProperty('textChanges');
  });

  it('refuses a change against a version it does not have, keeps the last backup, then takes the texts whole', async () => {
    const sender = textSender<TextFileName>();
    const first = { [SWAGGER]: '{"a":1}' };
    await handlers.backupUnsaved(request(first, sender.next(first)));

    // A new window's handlers (main restarted the renderer's peer): they never saw version 1.
    await handlers.dispose();
    handlers = createHandlers(createTestHost({ dataDir: join(dir, 'data') }), () => undefined);
    const second = { [SWAGGER]: '{"a":12}' };
    expect(await handlers.backupUnsaved(request(second, sender.next(second)))).toEqual({ resend: true });
    expect((await handlers.listBackups())[0].files[SWAGGER]?.text).toBe('{"a":1}');

    sender.reset();
    expect(await handlers.backupUnsaved(request(second, sender.next(second)))).toEqual({});
    expect((await handlers.listBackups())[0].files[SWAGGER]?.text).toBe('{"a":12}');
  });

  it('drops a file that is gone and takes a new file whole', async () => {
    const sender = textSender<TextFileName>();
    const first = { [SWAGGER]: '{}', [PROPERTIES]: '{"properties":{}}' };
    await handlers.backupUnsaved(request(first, sender.next(first)));
    const second = { [SWAGGER]: '{ }', 'script.csx': 'public class Script {}' } as Partial<Record<TextFileName, string>>;
    await handlers.backupUnsaved(request(second, sender.next(second)));
    const [backup] = await handlers.listBackups();
    expect(Object.keys(backup.files).sort()).toEqual(['apiDefinition.swagger.json', 'script.csx']);
    expect(backup.files['script.csx']?.text).toBe('public class Script {}');
    expect(backup.files[SWAGGER]?.text).toBe('{ }');
  });
});
