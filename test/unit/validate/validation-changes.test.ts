/**
 * The validation handler accepts the change since the texts it received last instead of whole texts (typing in a
 * 1 MB definition sends a few bytes per request): the findings equal those of the whole text, and a change made
 * against a version the handler does not have is refused with { resend: true } rather than validated wrongly.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWorker } from '../../support/build-worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createValidationHandlers } from '../../../main/api/validation';
import type { ValidateRequest, ValidateResponse } from '../../../preload/contract';
import { minimalSwagger } from './helpers';

const SWAGGER = 'apiDefinition.swagger.json';

describe('validation by changes', () => {
  let dir: string;
  let handlers: ReturnType<typeof createValidationHandlers>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cs-validate-changes-'));
    const script = join(dir, 'validate-worker.js');
    await buildWorker('validate', script);
    handlers = createValidationHandlers(script);
  });

  afterAll(async () => {
    await handlers.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const base = { fileNames: [SWAGGER], kind: 'certified' as const };
  const rules = (response: ValidateResponse) => {
    if (!('findings' in response)) throw new Error(`no findings: ${JSON.stringify(response)}`);
    return response.findings.map((f) => `${f.rule} ${f.path}`).sort();
  };

  it('validates the text a change makes, as if it had been sent whole', async () => {
    const doc = minimalSwagger();
    const text = JSON.stringify(doc, null, 2);
    await handlers.validate({ ...base, texts: { [SWAGGER]: text }, version: 1 });
    const title = JSON.stringify(doc.info.title);
    const offset = text.indexOf(title);
    const changed = text.slice(0, offset) + '"A title that is far too long for a connector name here"' + text.slice(offset + title.length);
    const request: ValidateRequest = {
      ...base,
      texts: {},
      version: 2,
      since: 1,
      textChanges: { [SWAGGER]: { offset, deleteCount: title.length, inserted: '"A title that is far too long for a connector name here"' } },
    };
    const byChange = rules(await handlers.validate(request));
    const whole = rules(await handlers.validate({ ...base, texts: { [SWAGGER]: changed } }));
    expect(byChange).toEqual(whole);
    expect(byChange.some((r) => r.includes('/info/title'))).toBe(true);
  });

  it('refuses a change against a version it does not have', async () => {
    const response = await handlers.validate({ ...base, texts: {}, version: 9, since: 8, textChanges: { [SWAGGER]: { offset: 0, deleteCount: 0, inserted: '' } } });
    expect(response).toEqual({ resend: true });
  });
});
