/** convertInWorker: the conversion off the main event loop, with progress and cancellation. */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ConversionError, type ConversionResult, type ProgressPhase } from './types';
import type { WorkerMessage, WorkerRequest } from './worker-protocol';

export interface ConvertInWorkerOptions {
  /** The bundled worker-entry.ts (default: convert-worker.js beside the main bundle). */
  workerPath?: string;
  /** Aborting terminates the worker and rejects with an AbortError. */
  signal?: AbortSignal;
  /** Heap cap for the worker, in MB (a 10 MB description needs a few hundred). */
  maxHeapMb?: number;
}

export type ProgressCallback = (progress: { phase: ProgressPhase; percent: number }) => void;

export function defaultWorkerPath(): string {
  return join(__dirname, 'convert-worker.js');
}

export function convertInWorker(input: WorkerRequest, onProgress?: ProgressCallback, options: ConvertInWorkerOptions = {}): Promise<ConversionResult> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(abortError());
      return;
    }
    const worker = new Worker(options.workerPath ?? defaultWorkerPath(), {
      workerData: { text: input.text, fileName: input.fileName } satisfies WorkerRequest,
      resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 2048 },
    });
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      outcome();
    };
    const onAbort = () => finish(() => reject(abortError()));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress?.({ phase: message.phase, percent: message.percent });
      else if (message.type === 'done') finish(() => resolve(message.result));
      else finish(() => reject(message.name === 'ConversionError' ? new ConversionError(message.message) : new Error(`Conversion failed: ${message.message}`)));
    });
    worker.on('error', (error) => finish(() => reject(new Error(`Conversion failed: ${error.message}`))));
    worker.on('exit', (code) => finish(() => reject(new Error(`The conversion stopped unexpectedly (exit code ${code}).`))));
  });
}

function abortError(): Error {
  const error = new Error('The conversion was cancelled.');
  error.name = 'AbortError';
  return error;
}
