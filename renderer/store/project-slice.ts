/**
 * The open project: its texts (the source of truth), what was last saved, and every way to change it. All edits
 * go through `commitTexts` so they are undoable, mark the project dirty and trigger validation and backup.
 */
import type { ProjectDTO } from '../../preload/contract';
import type { DocEdit, Fix } from '../../main/core/model/findings';
import type { ConnectorKindName } from '../../main/core/model/kind';
import type { LoadNotice, ProjectSourceKind, Sidecar, TextFileData, TextFileName } from '../../main/core/model/project';
import { applyDocEdits } from '../../main/core/model/json-edit';
import { editJsonText } from '../document/json-edits';
import { diffTexts, applyReplacement, type Replacement } from '../document/text-diff';
import { parsedJson } from '../document/parsed';
import type { HistoryChange } from './history-slice';
import type { Slice } from './types';

export type JsonFileName = 'apiDefinition.swagger.json' | 'apiProperties.json';

export interface OpenProject {
  /** Identifies this project's crash backup. */
  id: string;
  folder: string | null;
  sourceKind: ProjectSourceKind;
  sourcePath: string | null;
  files: Partial<Record<TextFileName, TextFileData>>;
  iconBase64?: string;
  sidecar: Sidecar;
  notices: LoadNotice[];
  fileNames: string[];
  /** Files another program changed on disk since we loaded or saved them. */
  externalChanges: string[];
  /** Opened from a zip: its structure, sent with each validation (portal-package rule) until saved as a folder. */
  package?: ProjectDTO['package'];
  saved: { texts: Partial<Record<TextFileName, string>>; iconBase64?: string; sidecarJson: string; at: string | null };
}

export interface ProjectSlice {
  project: OpenProject | null;
  loadProject(dto: ProjectDTO, options?: { id?: string; dirtyFrom?: ProjectDTO }): void;
  closeProject(): void;
  /** Replaces whole texts (code view, generators); one undo step labelled `label`. */
  commitTexts(texts: Partial<Record<TextFileName, string>>, label: string, coalesceKey?: string): void;
  /**
   * Applies one known replacement (the code view knows what it changed: no need to diff the whole text). `text`,
   * when given, is the result already built by the caller (the store keeps that very string: later comparisons
   * with it are identity checks, not 1 MB compares).
   */
  commitReplacement(file: TextFileName, replacement: Replacement, label: string, coalesceKey?: string, text?: string): void;
  /** Sets (or, with value undefined, removes) one JSON value by pointer: a minimal text edit. */
  setJson(file: JsonFileName, pointer: string, value: unknown, label: string, coalesceKey?: string): void;
  /** Applies a validator quick fix (or any list of DocEdits) as ONE undo step; typing with a coalesce key stays one step. */
  applyFix(fix: Fix, coalesceKey?: string): void;
  /**
   * Replaces the sidecar. Undoable per section by default; `{ undoable: false }` for data the app records as the user
   * works (test runs), which is saved with the project but is not an edit to undo.
   */
  setSidecar(next: Sidecar, label: string, options?: { undoable?: boolean }): void;
  setIcon(base64: string | undefined, label: string): void;
  setKind(kind: ConnectorKindName): void;
  /** The icon composer's result: icon.png, the brand colour and the composer settings, as ONE undo step. */
  applyIcon(next: { iconBase64: string | undefined; color?: string; sidecarIcon?: Record<string, unknown> }, label: string): void;
  /** Applies history changes without recording them (undo/redo). */
  replayChanges(changes: HistoryChange[]): void;
  markSaved(folder: string, at: string): void;
  noteExternalChange(file: string): void;
  dismissExternalChange(file: string): void;
  dismissNotices(): void;
  isDirty(): boolean;
}

/** The sections that differ between two sidecars, as history changes (compared by identity: sections are replaced, never mutated). */
function sidecarChanges(before: Sidecar, after: Sidecar): HistoryChange[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => before[key] !== after[key]).map((key) => ({ kind: 'sidecar', key, before: before[key], after: after[key] }));
}

let counter = 0;
export const newProjectId = () => `p${Date.now().toString(36)}${(counter++).toString(36)}`;

export const createProjectSlice: Slice<ProjectSlice> = (set, get) => ({
  project: null,

  loadProject(dto, options) {
    const saved = options?.dirtyFrom ?? dto;
    set({
      project: {
        id: options?.id ?? newProjectId(),
        folder: dto.folder,
        sourceKind: dto.source.kind,
        sourcePath: dto.source.path,
        files: dto.files,
        iconBase64: dto.iconBase64,
        sidecar: dto.sidecar,
        notices: dto.notices,
        fileNames: dto.fileNames,
        package: dto.package,
        externalChanges: [],
        saved: {
          texts: Object.fromEntries(Object.entries(saved.files).map(([k, v]) => [k, v!.text])),
          iconBase64: saved.iconBase64,
          sidecarJson: JSON.stringify(saved.sidecar),
          at: dto.folder ? new Date().toISOString() : null,
        },
      },
    });
    get().clearHistory();
    get().resetValidation();
  },

  closeProject() {
    set({ project: null });
    get().clearHistory();
    get().resetValidation();
  },

  commitTexts(texts, label, coalesceKey) {
    const project = get().project;
    if (!project) return;
    const files = { ...project.files };
    const changes: HistoryChange[] = [];
    for (const [name, text] of Object.entries(texts) as [TextFileName, string][]) {
      const current = files[name];
      const replacement = diffTexts(current?.text ?? '', text);
      if (!replacement) continue;
      files[name] = current ? { ...current, text } : { text, bom: false, diskName: name };
      changes.push({ kind: 'text', file: name, replacement });
    }
    if (changes.length === 0) return;
    set({ project: { ...project, files } });
    get().record({ label, at: Date.now(), coalesceKey, changes });
  },

  commitReplacement(file, replacement, label, coalesceKey, text) {
    const project = get().project;
    const current = project?.files[file];
    if (!project || !current || (replacement.deleted === '' && replacement.inserted === '')) return;
    const next = text ?? applyReplacement(current.text, replacement);
    set({ project: { ...project, files: { ...project.files, [file]: { ...current, text: next } } } });
    get().record({ label, at: Date.now(), coalesceKey, changes: [{ kind: 'text', file, replacement }] });
  },

  setJson(file, pointer, value, label, coalesceKey) {
    const edit: DocEdit = value === undefined ? { file, path: pointer, remove: true } : { file, path: pointer, value };
    get().applyFix({ label, edits: [edit] }, coalesceKey);
  },

  applyFix(fix, coalesceKey) {
    const project = get().project;
    if (!project) return;
    // Each file's edits become one known replacement (json-edits.ts): no whole-text diff, no re-parse.
    const files = { ...project.files };
    const changes: HistoryChange[] = [];
    for (const file of ['apiDefinition.swagger.json', 'apiProperties.json'] as const) {
      const edits = fix.edits.filter((e) => e.file === file);
      const current = files[file];
      if (!edits.length || !current) continue;
      const edited = editJsonText(file, current.text, edits);
      if (!edited) continue;
      files[file] = { ...current, text: edited.text };
      changes.push({ kind: 'text', file, replacement: edited.replacement });
    }
    if (changes.length === 0) return;
    set({ project: { ...project, files } });
    get().record({ label: fix.label, at: Date.now(), coalesceKey, changes });
  },

  setSidecar(next, label, options) {
    const project = get().project;
    if (!project) return;
    set({ project: { ...project, sidecar: next } });
    const changes = sidecarChanges(project.sidecar, next);
    if (options?.undoable !== false && changes.length) get().record({ label, at: Date.now(), changes });
  },

  setIcon(base64, label) {
    const project = get().project;
    if (!project) return;
    set({ project: { ...project, iconBase64: base64 } });
    get().record({ label, at: Date.now(), changes: [{ kind: 'icon', before: project.iconBase64, after: base64 }] });
  },

  setKind(kind) {
    const project = get().project;
    if (project) get().setSidecar({ ...project.sidecar, kind }, 'Change submission type');
  },

  applyIcon(next, label) {
    const project = get().project;
    if (!project) return;
    const changes: HistoryChange[] = [];
    let files = project.files;
    const properties = files['apiProperties.json'];
    if (next.color !== undefined && properties) {
      const text = applyDocEdits(properties.text, [{ file: 'apiProperties.json', path: '/properties/iconBrandColor', value: next.color }], (t) => parsedJson('apiProperties.json', t));
      const replacement = diffTexts(properties.text, text);
      if (replacement) {
        files = { ...files, 'apiProperties.json': { ...properties, text } };
        changes.push({ kind: 'text', file: 'apiProperties.json', replacement });
      }
    }
    const sidecar = next.sidecarIcon ? { ...project.sidecar, icon: next.sidecarIcon } : project.sidecar;
    changes.push(...sidecarChanges(project.sidecar, sidecar));
    if (next.iconBase64 !== project.iconBase64) changes.push({ kind: 'icon', before: project.iconBase64, after: next.iconBase64 });
    if (changes.length === 0) return;
    set({ project: { ...project, files, sidecar, iconBase64: next.iconBase64 } });
    get().record({ label, at: Date.now(), changes });
  },

  replayChanges(changes) {
    const project = get().project;
    if (!project) return;
    let { files, sidecar, iconBase64 } = project;
    files = { ...files };
    for (const change of changes) {
      if (change.kind === 'text') {
        const current = files[change.file];
        files[change.file] = { ...(current ?? { bom: false, diskName: change.file }), text: applyReplacement(current?.text ?? '', change.replacement) };
      } else if (change.kind === 'sidecar') {
        const { [change.key]: _previous, ...rest } = sidecar;
        sidecar = (change.after === undefined ? rest : { ...rest, [change.key]: change.after }) as Sidecar;
      } else {
        iconBase64 = change.after;
      }
    }
    set({ project: { ...project, files, sidecar, iconBase64 } });
  },

  markSaved(folder, at) {
    const project = get().project;
    if (!project) return;
    set({
      project: {
        ...project,
        folder,
        sourceKind: 'folder',
        sourcePath: folder,
        // The folder is the source now: the zip's structure no longer describes the project.
        package: undefined,
        externalChanges: [],
        saved: {
          texts: Object.fromEntries(Object.entries(project.files).map(([k, v]) => [k, v!.text])),
          iconBase64: project.iconBase64,
          sidecarJson: JSON.stringify(project.sidecar),
          at,
        },
      },
    });
    if (project.package) get().scheduleValidation(0);
  },

  noteExternalChange(file) {
    const project = get().project;
    if (project && !project.externalChanges.includes(file)) set({ project: { ...project, externalChanges: [...project.externalChanges, file] } });
  },

  dismissExternalChange(file) {
    const project = get().project;
    if (project) set({ project: { ...project, externalChanges: project.externalChanges.filter((f) => f !== file) } });
  },

  dismissNotices() {
    const project = get().project;
    if (project) set({ project: { ...project, notices: [] } });
  },

  isDirty() {
    const project = get().project;
    if (!project) return false;
    // Asked on every store change (top bar, window title): answered once per project version.
    let dirty = dirtyByVersion.get(project);
    if (dirty === undefined) {
      dirty = computeDirty(project);
      dirtyByVersion.set(project, dirty);
    }
    return dirty;
  },
});

/** Project versions are replaced, never mutated: their dirty state is cached by identity. */
const dirtyByVersion = new WeakMap<OpenProject, boolean>();

function computeDirty(project: OpenProject): boolean {
  const { saved } = project;
  for (const [name, data] of Object.entries(project.files)) {
    if (saved.texts[name as TextFileName] !== data!.text) return true;
  }
  return saved.iconBase64 !== project.iconBase64 || saved.sidecarJson !== JSON.stringify(project.sidecar);
}
