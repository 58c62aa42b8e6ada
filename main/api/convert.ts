/**
 * Contract area: convert — importing OpenAPI 3.x and Postman collections (issue 9) over main/core/convert. The
 * conversion runs in a worker (progress as 'convert-progress' events, cancellable); the converted document stays
 * here until the user picked the operations to keep, then becomes an untitled project with the report in its sidecar.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ConversionPreview, ConversionSidecar, ConvertApi, ConvertLimits, ConvertOperation, ProjectDTO, Result } from '../../preload/contract';
import type { Host } from '../host-types';
import type { Emit } from './emit';
import { ConversionError, convertInWorker, keepOperations, operationsKeptFor, platformLimits, sharedRefsIn, summariseOperations, type ConversionResult } from '../core/convert';
import { MAX_INPUT_BYTES } from '../core/project/open';
import { projectFromFiles } from '../core/project/decode-files';
import { decodeText } from '../core/text/encoding';
import { toDTO } from './project';
import { isObject } from '../core/model/operations';

interface Held {
  fileName: string;
  result: ConversionResult;
}

function refusal(code: string, message: string): { ok: false; error: { code: string; message: string } } {
  return { ok: false, error: { code, message } };
}

async function readInput(path: string): Promise<string> {
  const info = await stat(path);
  if (!info.isFile()) throw new ConversionError(`${basename(path)} is not a file.`);
  if (info.size > MAX_INPUT_BYTES) throw new ConversionError(`${basename(path)} is ${(info.size / 1048576).toFixed(0)} MB; files up to 64 MB can be imported.`);
  const text = decodeText(new Uint8Array(await readFile(path))).text;
  if (text.trim() === '') throw new ConversionError(`${basename(path)} is empty.`);
  return text;
}

/** Bytes of a value as the project saves it (JSON.stringify(_, null, 2)) when nested `depth` levels deep, with its key. */
function savedBytes(key: string, value: unknown, depth: number): number {
  const text = JSON.stringify(value, null, 2) ?? '';
  let newlines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) newlines++;
  return Buffer.byteLength(text) + newlines * 2 * depth + Buffer.byteLength(JSON.stringify(key)) + 2 * depth + 4;
}

/**
 * What each operation adds to the saved definition when kept: itself plus every shared definition, parameter and
 * response it reaches through local $refs, measured as saved (indented), so the sizes agree with the 1 MB meter.
 */
function savedSizes(swagger: Record<string, unknown>): (path: string, method: string) => number {
  const section = (name: string) => (isObject(swagger[name]) ? (swagger[name] as Record<string, unknown>) : {});
  const shared = new Map<string, { bytes: number; refs: string[] }>();
  const entry = (key: string) => {
    let known = shared.get(key);
    if (!known) {
      const [name, ...rest] = key.split('/');
      const value = section(name)[rest.join('/')];
      known = { bytes: value === undefined ? 0 : savedBytes(rest.join('/'), value, 2), refs: sharedRefsIn(value) };
      shared.set(key, known);
    }
    return known;
  };
  return (path, method) => {
    const item = section('paths')[path] as Record<string, unknown>;
    const operation = item[method];
    let bytes = savedBytes(method, operation, 3);
    const seen = new Set<string>();
    const pending = [...sharedRefsIn(operation), ...sharedRefsIn(item.parameters)];
    while (pending.length > 0) {
      const key = pending.pop()!;
      if (seen.has(key)) continue;
      seen.add(key);
      const known = entry(key);
      bytes += known.bytes;
      pending.push(...known.refs);
    }
    return bytes;
  };
}

function operationsOf(result: ConversionResult): ConvertOperation[] {
  const sizeOf = savedSizes(result.swagger);
  return summariseOperations(result)
    .filter((op): op is typeof op & { operationId: string } => typeof op.operationId === 'string' && op.operationId !== '')
    .map((op) => ({ operationId: op.operationId, method: op.method, path: op.path, summary: op.summary, bytes: sizeOf(op.path, op.method) }));
}

/** The two connector files from a converted (and pruned) result, as the project format writes them. */
export function convertedFiles(result: ConversionResult): { name: string; bytes: Uint8Array }[] {
  const encoder = new TextEncoder();
  return [
    { name: 'apiDefinition.swagger.json', bytes: encoder.encode(JSON.stringify(result.swagger, null, 2) + '\n') },
    { name: 'apiProperties.json', bytes: encoder.encode(JSON.stringify(result.properties, null, 2) + '\n') },
  ];
}

export function createConvertHandlers(host: Host, emit: Emit): ConvertApi & { dispose(): void } {
  const workerPath = join(host.workerDir, 'convert-worker.js');
  let running: AbortController | undefined;
  let held: Held | undefined;

  const cancel = () => {
    running?.abort();
    running = undefined;
    held = undefined;
  };

  const keep = (operationIds: string[]): ConversionResult | Result<never> => {
    if (!held) return refusal('no-conversion', 'There is no converted file to build a connector from: import the file again.');
    if (!Array.isArray(operationIds) || operationIds.length === 0) return refusal('no-operations', 'Pick at least one operation for the connector.');
    return keepOperations(held.result, operationIds.map(String));
  };

  return {
    async convertFile(path) {
      cancel();
      const controller = new AbortController();
      running = controller;
      const fileName = basename(String(path));
      try {
        emit('convert-progress', { phase: 'read', percent: 0 });
        const text = await readInput(path);
        if (controller.signal.aborted) return refusal('cancelled', 'The import was cancelled.');
        const result = await convertInWorker({ text, fileName }, (p) => emit('convert-progress', p), { workerPath, signal: controller.signal });
        const preview: ConversionPreview = { fileName, report: result.report, operations: operationsOf(result), limits: platformLimits(result.swagger) };
        if (controller.signal.aborted) return refusal('cancelled', 'The import was cancelled.');
        held = { fileName, result };
        return { ok: true, value: preview };
      } catch (error) {
        if (controller.signal.aborted || (error as Error)?.name === 'AbortError') return refusal('cancelled', 'The import was cancelled.');
        if (error instanceof ConversionError) return refusal('conversion-failed', `${fileName} cannot be imported. ${error.message}`);
        const code = (error as NodeJS.ErrnoException)?.code;
        if (code === 'ENOENT') return refusal('not-found', `Nothing was found at ${path}.`);
        return refusal('unexpected', `${fileName} could not be converted: ${(error as Error)?.message ?? String(error)}`);
      } finally {
        if (running === controller) running = undefined;
      }
    },

    async cancelConversion() {
      cancel();
    },

    async measureSelection(operationIds): Promise<Result<ConvertLimits>> {
      const kept = keep(operationIds);
      if ('ok' in kept) return kept;
      return { ok: true, value: { ...platformLimits(kept.swagger), alsoKept: operationsKeptFor(held!.result, operationIds.map(String)) } };
    },

    async createConvertedProject(operationIds): Promise<Result<ProjectDTO>> {
      const kept = keep(operationIds);
      if ('ok' in kept) return kept;
      const project = projectFromFiles(convertedFiles(kept), { kind: 'new', path: null });
      const conversion: ConversionSidecar = {
        file: held!.fileName,
        convertedAt: new Date().toISOString(),
        source: kept.report.source,
        items: kept.report.items,
        stats: kept.report.stats,
        kept: { operations: kept.report.stats.operations, of: held!.result.report.stats.operations },
      };
      held = undefined;
      return { ok: true, value: toDTO({ ...project, sidecar: { ...project.sidecar, conversion: { ...conversion } } }) };
    },

    dispose() {
      cancel();
    },
  };
}
