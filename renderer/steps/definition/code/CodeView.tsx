/**
 * The code view of one project file: Monaco on the file's model (two-way synced with the store), the project's
 * undo/redo on Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z, the validator's findings as markers, "go to" for clicked findings,
 * and a toolbar (go to operation, format, find).
 */
import { useEffect, useRef, useState } from 'react';
import type { editor as MonacoEditor } from 'monaco-editor/editor';
import { useStudio } from '../../../store';
import { loadMonaco, type MonacoApi } from '../../../editor/load-monaco';
import { fileModel, type CodeFile, type FileModel } from '../../../editor/file-models';
import { findingsToMarkers, MARKER_OWNER } from '../../../editor/markers';
import { locatePointer } from '../../../editor/locate-pointer';
import { normaliseLineEndings } from '../../../editor/line-endings';
import { OperationPicker } from './OperationPicker';

/** From this size on (characters), the code view drops the decorations that cost per keystroke. */
const LARGE_FILE = 512 * 1024;

/** Clicked findings already revealed (a remount must not jump back to an old one). */
let lastRevealedNonce = 0;
/** A position to show when the file's code view opens next (e.g. "show the syntax error"). */
let pendingReveal: { file: CodeFile; line: number; column: number } | null = null;

export function revealWhenOpened(file: CodeFile, line: number, column: number): void {
  pendingReveal = { file, line, column };
}

export function CodeView({ file }: { file: CodeFile }) {
  const host = useRef<HTMLDivElement>(null);
  const [monaco, setMonaco] = useState<MonacoApi | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [view, setView] = useState<{ editor: MonacoEditor.IStandaloneCodeEditor; entry: FileModel } | null>(null);
  const [readOnlyReason, setReadOnlyReason] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    loadMonaco().then(
      (api) => live && setMonaco(api),
      (error: Error) => live && setFailure(`The code editor could not load: ${error.message}`),
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!monaco || !host.current) return;
    const entry = fileModel(monaco, file);
    if (!entry) return;
    const editor = monaco.editor.create(host.current, {
      model: entry.model,
      automaticLayout: true,
      readOnly: entry.readOnlyReason !== null,
      unusualLineTerminators: 'off',
      fixedOverflowWidgets: true,
      scrollBeyondLastLine: false,
      // Section headers are a feature of code with region comments, never of JSON; scanning for them costs per edit.
      minimap: { enabled: true, renderCharacters: false, showRegionSectionHeaders: false, showMarkSectionHeaders: false },
      // On a 1 MB definition, colouring bracket pairs re-walks the pair tree on every keystroke.
      bracketPairColorization: { enabled: entry.model.getValueLength() < LARGE_FILE },
      fontSize: 13,
      tabSize: 2,
      detectIndentation: true,
      folding: true,
      showFoldingControls: 'always',
      formatOnPaste: false,
      ariaLabel: `${file} code editor`,
    });
    if (entry.viewState) editor.restoreViewState(entry.viewState);
    // One history for forms and code: Monaco's own undo stack is never used.
    const state = () => useStudio.getState();
    const { KeyMod, KeyCode } = monaco;
    const disposables = [
      editor.addAction({ id: 'studio.undo', label: 'Undo (project history)', keybindings: [KeyMod.CtrlCmd | KeyCode.KeyZ], run: () => state().undo() }),
      editor.addAction({
        id: 'studio.redo',
        label: 'Redo (project history)',
        keybindings: [KeyMod.CtrlCmd | KeyCode.KeyY, KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyZ],
        run: () => state().redo(),
      }),
    ];
    // Native undo/redo requests on the editor's text area (e.g. an Edit menu role) go to the project history too.
    const onBeforeInput = (event: InputEvent) => {
      if (event.inputType !== 'historyUndo' && event.inputType !== 'historyRedo') return;
      event.preventDefault();
      if (event.inputType === 'historyUndo') state().undo();
      else state().redo();
    };
    const dom = editor.getDomNode();
    dom?.addEventListener('beforeinput', onBeforeInput, true);
    const offReadOnly = entry.onReadOnlyChange(() => {
      editor.updateOptions({ readOnly: entry.readOnlyReason !== null });
      setReadOnlyReason(entry.readOnlyReason);
    });
    setReadOnlyReason(entry.readOnlyReason);
    setView({ editor, entry });
    if (pendingReveal?.file === file) {
      const position = { lineNumber: pendingReveal.line, column: pendingReveal.column };
      pendingReveal = null;
      editor.revealLineInCenter(position.lineNumber);
      editor.setPosition(position);
      editor.focus();
    }
    return () => {
      entry.viewState = editor.saveViewState();
      offReadOnly();
      dom?.removeEventListener('beforeinput', onBeforeInput, true);
      for (const d of disposables) d.dispose();
      editor.dispose();
      setView(null);
    };
  }, [monaco, file]);

  // The validator's findings for this file become markers; they follow every re-validation while typing.
  const findings = useStudio((s) => s.findings);
  useEffect(() => {
    if (!monaco || !view || view.entry.model.isDisposed()) return;
    monaco.editor.setModelMarkers(view.entry.model, MARKER_OWNER, findingsToMarkers(monaco, view.entry.model, findings, file));
  }, [monaco, view, findings, file]);

  // A clicked finding in this file: reveal its line.
  const target = useStudio((s) => s.focusTarget);
  useEffect(() => {
    if (!view || !target || target.file !== file || target.nonce === lastRevealedNonce) return;
    lastRevealedNonce = target.nonce;
    const known = useStudio.getState().findings.find((f) => f.file === target.file && f.path === target.path && f.line);
    let position = known?.line ? { lineNumber: known.line, column: known.column ?? 1 } : null;
    if (!position) {
      const offset = locatePointer(view.entry.model.getValue(), target.path);
      if (offset !== undefined) position = view.entry.model.getPositionAt(offset);
    }
    if (!position) return;
    view.editor.revealLineInCenter(position.lineNumber);
    view.editor.setPosition(position);
    view.editor.focus();
  }, [view, target, file]);

  const run = (action: string) => {
    view?.editor.focus();
    void view?.editor.getAction(action)?.run();
  };

  const convertLineEndings = () => {
    const text = useStudio.getState().project?.files[file]?.text;
    if (text === undefined || !view) return;
    useStudio.getState().commitTexts({ [file]: normaliseLineEndings(text, view.entry.lineEnding) }, `Convert line endings of ${file}`);
  };

  const markerCounts = findings.filter((f) => f.file === file);
  return (
    <div className="code-view" data-testid={`code-view-${file}`}>
      <div className="code-toolbar" role="toolbar" aria-label="Code editor">
        {file === 'apiDefinition.swagger.json' && view && <OperationPicker editor={view.editor} model={view.entry.model} />}
        {file !== 'script.csx' && (
          <button type="button" className="button small" onClick={() => run('editor.action.formatDocument')} disabled={!view || readOnlyReason !== null} data-testid="code-format">
            Format document
          </button>
        )}
        <button type="button" className="button small" onClick={() => run('actions.find')} disabled={!view} data-testid="code-find">
          Find
        </button>
        <button type="button" className="button small" onClick={() => run('editor.foldLevel2')} disabled={!view} title="Fold to level 2">
          Fold
        </button>
        <button type="button" className="button small" onClick={() => run('editor.unfoldAll')} disabled={!view}>
          Unfold
        </button>
      </div>
      {readOnlyReason && (
        <div className="code-notice" role="status" data-testid="code-readonly">
          {readOnlyReason}{' '}
          <button type="button" className="link-button" onClick={convertLineEndings}>
            Convert all to {view?.entry.lineEnding === '\r\n' ? 'CRLF' : 'LF'}
          </button>
        </div>
      )}
      {failure && <div className="code-notice error">{failure}</div>}
      <div className="code-frame">
        {!monaco && !failure && <div className="code-loading">Loading the code editor…</div>}
        <div className="code-host" ref={host} data-testid="code-editor" />
      </div>
      <div className="code-status" data-testid="code-status">
        <CursorStatus editor={view?.editor} />
        <span data-testid="code-eol">{view ? (view.entry.lineEnding === '\r\n' ? 'CRLF' : 'LF') : ''}</span>
        <span>{markerCounts.length} finding{markerCounts.length === 1 ? '' : 's'} in this file</span>
      </div>
    </div>
  );
}

/**
 * "Ln, Col" of the cursor. Its own component: the cursor moves on every key press, and re-rendering the whole code
 * view for it (the toolbar's operation list has an option per operation) cost time on each keystroke.
 */
function CursorStatus({ editor }: { editor: MonacoEditor.IStandaloneCodeEditor | undefined }) {
  const [cursor, setCursor] = useState({ line: 1, column: 1 });
  useEffect(() => {
    if (!editor) return;
    const position = editor.getPosition();
    if (position) setCursor({ line: position.lineNumber, column: position.column });
    const subscription = editor.onDidChangeCursorPosition((e) => setCursor({ line: e.position.lineNumber, column: e.position.column }));
    return () => subscription.dispose();
  }, [editor]);
  return <span data-testid="code-cursor">Ln {cursor.line}, Col {cursor.column}</span>;
}
