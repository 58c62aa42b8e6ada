/** What the shell shows: the current step, the findings panel, the field to focus, dialogs and messages. */
import type { Finding } from '../../main/core/model/findings';
import type { Slice } from './types';

export const STEPS = [
  { id: 'general', label: 'General' },
  { id: 'security', label: 'Security' },
  { id: 'definition', label: 'Definition' },
  { id: 'test', label: 'Test' },
  { id: 'export', label: 'Export' },
] as const;
export type StepId = (typeof STEPS)[number]['id'];

/** What the Definition step shows: the forms, or a code view of one file. */
export type DefinitionView = 'forms' | 'swagger' | 'properties' | 'script';

export type Dialog =
  | { kind: 'new-project' }
  | { kind: 'unsaved-changes'; reason: string; proceed: () => void }
  /** Importing an OpenAPI 3 / Postman file (renderer/shell/import): progress, report, operation picker. */
  | { kind: 'import'; path: string }
  | null;

export interface Toast {
  id: number;
  tone: 'info' | 'success' | 'error';
  message: string;
}

export interface UiSlice {
  step: StepId;
  findingsOpen: boolean;
  /** A finding the user clicked: the step's form focuses the matching field. */
  focusTarget: { file: Finding['file']; path: string; nonce: number } | null;
  dialog: Dialog;
  toasts: Toast[];
  busy: string | null;
  definitionView: DefinitionView;
  setStep(step: StepId): void;
  setDefinitionView(view: DefinitionView): void;
  moveStep(delta: 1 | -1): void;
  toggleFindings(open?: boolean): void;
  focusFinding(finding: Finding): void;
  openDialog(dialog: Dialog): void;
  toast(tone: Toast['tone'], message: string): void;
  dismissToast(id: number): void;
  setBusy(message: string | null): void;
}

let toastId = 0;

export const createUiSlice: Slice<UiSlice> = (set, get) => ({
  step: 'general',
  findingsOpen: true,
  focusTarget: null,
  dialog: null,
  toasts: [],
  busy: null,
  definitionView: 'forms',

  setStep: (step) => set({ step }),
  setDefinitionView: (definitionView) => set({ definitionView }),
  moveStep(delta) {
    const index = STEPS.findIndex((s) => s.id === get().step);
    const next = STEPS[Math.min(STEPS.length - 1, Math.max(0, index + delta))];
    set({ step: next.id });
  },
  toggleFindings: (open) => set({ findingsOpen: open ?? !get().findingsOpen }),
  focusFinding(finding) {
    const step = finding.step === 'code' ? 'definition' : (finding.step ?? 'export');
    set({ step, focusTarget: { file: finding.file, path: finding.path, nonce: Date.now() } });
  },
  openDialog: (dialog) => set({ dialog }),
  toast(tone, message) {
    const id = ++toastId;
    set({ toasts: [...get().toasts, { id, tone, message }] });
    if (tone !== 'error') setTimeout(() => get().dismissToast(id), 4000);
  },
  dismissToast: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),
  setBusy: (busy) => set({ busy }),
});
