/**
 * One Monaco model per project file, kept in step with the store in both directions:
 * - a change typed in Monaco is replayed on the mirrored text (no getValue() of a 1 MB model) and committed as ONE
 *   undoable step per change batch (typing coalesces per file in the history);
 * - a store change Monaco did not make (a form, a quick fix, undo/redo) is applied to the model as one minimal edit,
 *   so cursor, scroll and selection survive.
 * Line endings are kept exactly: the model takes the file's EOL; a file that mixes line endings (which Monaco would
 * normalise) is shown read-only until the user converts it.
 */
import type { editor as MonacoEditor, IPosition } from 'monaco-editor/editor';
import type { TextFileName } from '../../main/core/model/project';
import { useStudio } from '../store';
import { diffTexts } from '../document/text-diff';
import { fitsLineEnding, lineEndings, type LineEnding } from './line-endings';
import type { MonacoApi } from './load-monaco';
import { SWAGGER_MODEL_URI } from './model-uris';

export type CodeFile = Extract<TextFileName, 'apiDefinition.swagger.json' | 'apiProperties.json' | 'script.csx'>;

const LANGUAGE: Record<CodeFile, string> = { 'apiDefinition.swagger.json': 'json', 'apiProperties.json': 'json', 'script.csx': 'csharp' };
const URI: Record<CodeFile, string> = {
  'apiDefinition.swagger.json': SWAGGER_MODEL_URI,
  'apiProperties.json': 'inmemory://connector/apiProperties.json',
  'script.csx': 'inmemory://connector/script.csx',
};

export class FileModel {
  readonly model: MonacoEditor.ITextModel;
  /** The store text the model mirrors. */
  private text: string;
  private eol: LineEnding;
  private mixed: boolean;
  private applying = false;
  private readonly listeners = new Set<() => void>();
  viewState: MonacoEditor.ICodeEditorViewState | null = null;

  constructor(
    private readonly monaco: MonacoApi,
    readonly file: CodeFile,
    text: string,
  ) {
    this.text = text;
    const info = lineEndings(text);
    this.eol = info.eol;
    this.mixed = info.mixed;
    this.monaco.editor.getModel(this.monaco.Uri.parse(URI[file]))?.dispose();
    this.model = monaco.editor.createModel(text, LANGUAGE[file], monaco.Uri.parse(URI[file]));
    this.model.setEOL(this.eol === '\r\n' ? monaco.editor.EndOfLineSequence.CRLF : monaco.editor.EndOfLineSequence.LF);
    this.model.onDidChangeContent((event) => {
      if (this.applying) return;
      const before = this.text;
      let next = before;
      let start = Infinity;
      let end = -Infinity;
      let delta = 0;
      // Changes of one event are sorted by descending offset, each against the text before the event.
      for (const change of event.changes) {
        next = next.slice(0, change.rangeOffset) + change.text + next.slice(change.rangeOffset + change.rangeLength);
        start = Math.min(start, change.rangeOffset);
        end = Math.max(end, change.rangeOffset + change.rangeLength);
        delta += change.text.length - change.rangeLength;
      }
      this.text = next;
      // The span Monaco changed is known: hand it to the store as is, instead of diffing a 1 MB text per key.
      const replacement = { offset: start, deleted: before.slice(start, end), inserted: next.slice(start, end + delta) };
      useStudio.getState().commitReplacement(this.file, replacement, `Edit ${this.file} in the code view`, `code:${this.file}`, next);
    });
  }

  /** Why the model is read-only (mixed line endings), or null. */
  get readOnlyReason(): string | null {
    return this.mixed
      ? 'This file mixes line endings (CRLF and LF). Editing it here would change lines you did not touch, so the code view is read-only until you convert them.'
      : null;
  }

  get lineEnding(): LineEnding {
    return this.eol;
  }

  onReadOnlyChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Brings the model to the store's text with one minimal edit. */
  syncFromStore(text: string): void {
    if (text === this.text) return;
    const replacement = diffTexts(this.text, text)!;
    const wasMixed = this.mixed;
    const start = this.positionAt(replacement.offset);
    const end = this.positionAt(replacement.offset + replacement.deleted.length);
    this.applying = true;
    try {
      if (wasMixed && !lineEndings(text).mixed) {
        // The user converted the line endings: the model takes the text as it now is.
        const info = lineEndings(text);
        this.eol = info.eol;
        this.model.setEOL(info.eol === '\r\n' ? this.monaco.editor.EndOfLineSequence.CRLF : this.monaco.editor.EndOfLineSequence.LF);
        this.model.pushEditOperations([], [{ range: this.model.getFullModelRange(), text }], () => null);
        this.mixed = false;
      } else {
        const range = new this.monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
        this.model.pushEditOperations([], [{ range, text: replacement.inserted }], () => null);
        if (!wasMixed && !fitsLineEnding(replacement.inserted, this.eol)) this.mixed = true;
      }
    } finally {
      this.applying = false;
    }
    this.text = text;
    if (wasMixed !== this.mixed) for (const listener of this.listeners) listener();
  }

  /** Text offset -> model position. With consistent line endings the model's own index; otherwise counted. */
  private positionAt(offset: number): IPosition {
    if (!this.mixed) return this.model.getPositionAt(offset);
    let lineNumber = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 13 || c === 10) {
        if (c === 13 && this.text.charCodeAt(i + 1) === 10) i++;
        lineNumber++;
        lineStart = i + 1;
      }
    }
    return { lineNumber, column: offset - lineStart + 1 };
  }

  dispose(): void {
    this.listeners.clear();
    this.model.dispose();
  }
}

/** The models of the open project, created on first use and disposed when the project closes or changes. */
const models = new Map<CodeFile, FileModel>();
let projectId: string | null = null;
let unsubscribe: (() => void) | undefined;

function disposeAll(): void {
  for (const entry of models.values()) entry.dispose();
  models.clear();
}

export function fileModel(monaco: MonacoApi, file: CodeFile): FileModel | null {
  const project = useStudio.getState().project;
  const text = project?.files[file]?.text;
  if (!project || text === undefined) return null;
  if (project.id !== projectId) {
    disposeAll();
    projectId = project.id;
  }
  unsubscribe ??= useStudio.subscribe((state) => {
    const current = state.project;
    if (!current || current.id !== projectId) {
      disposeAll();
      projectId = current?.id ?? null;
      return;
    }
    for (const entry of models.values()) {
      const next = current.files[entry.file]?.text;
      if (next !== undefined) entry.syncFromStore(next);
    }
  });
  let entry = models.get(file);
  if (!entry || entry.model.isDisposed()) {
    entry = new FileModel(monaco, file, text);
    models.set(file, entry);
  }
  return entry;
}
