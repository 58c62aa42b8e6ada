/**
 * ValidationService: the engine in a worker thread, so neither the UI nor the main event loop ever waits.
 *
 * - Only the latest request matters: while one run is in progress, a new request replaces any queued one,
 *   whose caller gets { superseded: true }.
 * - A heavier (deep) run in progress is cancelled by the next ordinary request: the user typed again.
 * - A run past the time limit (a nested-$ref spec can block for 90 s, TOOLCHAIN.md) terminates the worker,
 *   starts a fresh one and answers with one 'validation-timeout' finding.
 * - A worker that dies answers its run with a finding too, and is replaced.
 */
import { Worker } from 'node:worker_threads';
import type { Finding } from '../model/findings';
import type { ValidationInput, ValidationResult } from './engine';

export type ServiceAnswer = ValidationResult | { superseded: true };

interface Job {
  input: ValidationInput;
  resolve: (answer: ServiceAnswer) => void;
}

interface Running extends Job {
  id: number;
  /** Set once the worker is ready: start-up (loading, compiling the schema) is not counted. */
  timer?: NodeJS.Timeout;
  started: number;
}

export const DEFAULT_TIME_LIMIT_MS = 10_000;

export class ValidationService {
  private worker: Worker | undefined;
  private workerReady = false;
  private running: Running | undefined;
  private queued: Job | undefined;
  private nextId = 1;
  private readonly timeLimitMs: number;
  private disposed = false;

  constructor(
    private readonly workerScriptPath: string,
    options: { timeLimitMs?: number } = {},
  ) {
    this.timeLimitMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  }

  validate(input: ValidationInput): Promise<ServiceAnswer> {
    if (this.disposed) return Promise.resolve({ superseded: true });
    return new Promise((resolve) => {
      if (this.running?.input.deep && !input.deep) {
        // The heavier check runs while the user pauses; typing again cancels it rather than waiting for it.
        this.cancelRunning();
      }
      if (!this.running) {
        this.start({ input, resolve });
        return;
      }
      this.queued?.resolve({ superseded: true });
      this.queued = { input, resolve };
    });
  }

  dispose(): void {
    this.disposed = true;
    this.queued?.resolve({ superseded: true });
    this.queued = undefined;
    if (this.running) {
      clearTimeout(this.running.timer);
      this.running.resolve({ superseded: true });
      this.running = undefined;
    }
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private start(job: Job): void {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    this.running = { ...job, id, started: performance.now() };
    if (this.workerReady) this.startClock();
    worker.ref();
    worker.postMessage({ id, input: job.input });
  }

  private startClock(): void {
    const running = this.running;
    if (!running || running.timer) return;
    running.started = performance.now();
    running.timer = setTimeout(() => this.onTimeout(running.id), this.timeLimitMs);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerScriptPath);
    this.workerReady = false;
    worker.on('message', (message: { ready?: boolean; id: number; result?: ValidationResult; error?: string }) => {
      if (this.worker !== worker) return;
      if (message.ready) {
        this.workerReady = true;
        this.startClock();
      } else if (message.result) this.finish(message.id, message.result);
      else this.finish(message.id, failure('validation-failed', `The checks could not run: ${message.error ?? 'unknown error'}.`, this.elapsed()));
    });
    worker.on('error', (error) => this.onWorkerLost(worker, `The validation worker stopped: ${error.message}`));
    worker.on('exit', (code) => this.onWorkerLost(worker, `The validation worker exited (code ${code}).`));
    this.worker = worker;
    return worker;
  }

  private finish(id: number, result: ValidationResult): void {
    const running = this.running;
    if (!running || running.id !== id) return;
    clearTimeout(running.timer);
    this.running = undefined;
    this.worker?.unref();
    running.resolve(result);
    const next = this.queued;
    this.queued = undefined;
    if (next && !this.disposed) this.start(next);
  }

  private onTimeout(id: number): void {
    if (!this.running || this.running.id !== id) return;
    this.replaceWorker();
    const seconds = Math.round(this.timeLimitMs / 100) / 10;
    this.finish(
      id,
      failure(
        'validation-timeout',
        `Checking this definition took longer than ${seconds} s and was stopped. It may contain deeply nested references or YAML aliases: simplify them and the checks will run again.`,
        this.timeLimitMs,
      ),
    );
  }

  private onWorkerLost(worker: Worker, message: string): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    if (this.running) this.finish(this.running.id, failure('validation-failed', message, this.elapsed()));
  }

  private cancelRunning(): void {
    const running = this.running;
    if (!running) return;
    clearTimeout(running.timer);
    this.running = undefined;
    this.replaceWorker();
    running.resolve({ superseded: true });
  }

  private replaceWorker(): void {
    const old = this.worker;
    this.worker = undefined;
    void old?.terminate();
  }

  private elapsed(): number {
    return this.running ? performance.now() - this.running.started : 0;
  }
}

function failure(rule: string, message: string, ms: number): ValidationResult {
  const finding: Finding = { rule, severity: 'error', message, file: 'apiDefinition.swagger.json', path: '', line: 1, column: 1, step: 'definition' };
  return { findings: [finding], timings: { total: ms } };
}
