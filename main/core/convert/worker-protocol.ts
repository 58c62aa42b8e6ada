/** Messages between convertInWorker and the conversion worker (plain, structured-clone data). */
import type { ConversionResult, ProgressPhase } from './types';

export interface WorkerRequest {
  text: string;
  fileName?: string;
}

export type WorkerMessage =
  | { type: 'progress'; phase: ProgressPhase; percent: number }
  | { type: 'done'; result: ConversionResult }
  | { type: 'error'; name: string; message: string };
