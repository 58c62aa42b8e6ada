/**
 * The conversion worker (built as dist/main/convert-worker.js): converts one input and exits, so a huge
 * or hostile description never blocks the main process and can be stopped by terminating the thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { convertText } from './convert';
import type { WorkerMessage, WorkerRequest } from './worker-protocol';

function post(message: WorkerMessage): void {
  parentPort?.postMessage(message);
}

function run(request: WorkerRequest): void {
  try {
    const result = convertText(request, (phase, percent) => post({ type: 'progress', phase, percent }));
    post({ type: 'done', result });
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    post({ type: 'error', name: failure.name, message: failure.message });
  }
}

run(workerData as WorkerRequest);
