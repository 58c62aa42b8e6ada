/**
 * The validation worker (bundled to dist/main/validate-worker.js): runs the engine off the main event loop.
 * Messages in: { id, input }. Messages out: { ready } once, then { id, result } or { id, error }.
 */
import { parentPort } from 'node:worker_threads';
import { validateProject, type ValidationInput } from './engine';
import { warmUpSchema } from './schema';

interface Request {
  id: number;
  input: ValidationInput;
}

const port = parentPort;
if (!port) throw new Error('worker-entry must run in a worker thread');

// Compile the Swagger schema before the first request arrives, not during the first keystroke; the service
// starts its time limit only once we say we are ready, so start-up is not counted against a run.
warmUpSchema();
port.postMessage({ ready: true });

port.on('message', (request: Request) => {
  validateProject(request.input).then(
    (result) => port.postMessage({ id: request.id, result }),
    (error: unknown) => port.postMessage({ id: request.id, error: (error as Error)?.message ?? String(error) }),
  );
});
