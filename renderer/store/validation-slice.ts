/**
 * Findings from the validator (run in main's worker, never on this thread). `scheduleValidation` debounces typing;
 * answers to superseded requests are dropped, so the panel always shows the latest text's findings. While typing,
 * a request carries the change since the previous one rather than the whole 1 MB definition.
 */
import type { Finding, WizardStep } from '../../main/core/model/findings';
import type { TextFileName } from '../../main/core/model/project';
import { connector } from '../bridge';
import { textSender } from '../document/text-sender';
import type { Slice, StudioState } from './types';

export interface ValidationSlice {
  findings: Finding[];
  validation: { status: 'idle' | 'running' | 'done' | 'failed'; ms?: number; message?: string };
  scheduleValidation(delayMs?: number): void;
  resetValidation(): void;
}

let timer: ReturnType<typeof setTimeout> | undefined;
let deepTimer: ReturnType<typeof setTimeout> | undefined;
let generation = 0;
/** After this long without an edit, the heavier checks run too (the next keystroke cancels them in main). */
const PAUSE_MS = 1200;

export const createValidationSlice: Slice<ValidationSlice> = (set, get) => ({
  findings: [],
  validation: { status: 'idle' },

  scheduleValidation(delayMs = 150) {
    clearTimeout(timer);
    clearTimeout(deepTimer);
    timer = setTimeout(() => void run(false), delayMs);

    async function run(deep: boolean) {
      const project = get().project;
      if (!project) return;
      const mine = ++generation;
      set({ validation: { ...get().validation, status: 'running' } });
      try {
        const texts = Object.fromEntries(Object.entries(project.files).map(([k, v]) => [k, v!.text])) as Partial<Record<TextFileName, string>>;
        const request = {
          fileNames: presentFileNames(project),
          kind: project.sidecar.kind ?? 'certified',
          iconBase64: project.iconBase64,
          previous: project.sidecar.previous ? { swagger: project.sidecar.previous.swagger, properties: project.sidecar.previous.properties } : undefined,
          deep,
          package: project.package,
        };
        let response = await connector.validate({ ...request, ...sender.next(texts) });
        // The handler lost track of the texts (a new window, a restarted handler): send them whole.
        if ('resend' in response && response.resend) {
          sender.reset();
          response = await connector.validate({ ...request, ...sender.next(texts) });
        }
        if (mine !== generation || !('findings' in response)) return;
        // Unchanged findings keep their identity: the panel, the step counts and the editor markers do not redo their work.
        const findings = sameFindings(get().findings, response.findings) ? get().findings : response.findings;
        set({ findings, validation: { status: 'done', ms: response.ms } });
        if (!deep) deepTimer = setTimeout(() => void run(true), PAUSE_MS);
      } catch (error) {
        sender.reset();
        if (mine !== generation) return;
        set({ validation: { status: 'failed', message: `Validation could not run: ${(error as Error).message}` } });
      }
    }
  },

  resetValidation() {
    sender.reset();
    clearTimeout(timer);
    clearTimeout(deepTimer);
    generation++;
    set({ findings: [], validation: { status: 'idle' } });
  },
});

function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return a.length === b.length && a.every((finding, i) => JSON.stringify(finding) === JSON.stringify(b[i]));
}

/** The texts the validator received last (by version): the next request sends only what changed since. */
const sender = textSender<TextFileName>();

/** The files the project has now: what was on disk plus what was created in the app (a generated readme, an icon). */
function presentFileNames(project: NonNullable<StudioState['project']>): string[] {
  const names = new Set(project.fileNames);
  for (const data of Object.values(project.files)) if (data) names.add(data.diskName);
  if (project.iconBase64) names.add('icon.png');
  return [...names].sort();
}

export function countsByStep(findings: readonly Finding[]): Record<WizardStep, { errors: number; warnings: number }> {
  const counts = {} as Record<WizardStep, { errors: number; warnings: number }>;
  for (const step of ['general', 'security', 'definition', 'code', 'test', 'export'] as WizardStep[]) counts[step] = { errors: 0, warnings: 0 };
  for (const finding of findings) {
    const bucket = counts[finding.step ?? 'export'];
    if (finding.severity === 'error') bucket.errors++;
    else if (finding.severity === 'warning') bucket.warnings++;
  }
  return counts;
}
