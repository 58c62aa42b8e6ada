/**
 * The swagger shown as YAML (converted on the fly with the `yaml` package). Read-only: edits are made in the JSON
 * view or the forms, so the JSON text (the file that is saved) keeps its formatting and key order.
 */
import { useEffect, useRef, useState } from 'react';
import { stringify } from 'yaml';
import { useStudio } from '../../../store';
import { loadMonaco } from '../../../editor/load-monaco';
import { swaggerParseState } from '../../../editor/swagger-parse-state';
import { diffTexts } from '../../../document/text-diff';

const SWAGGER = 'apiDefinition.swagger.json';
const REFRESH_MS = 300;

function yamlOf(): { text: string; stale: boolean } {
  const project = useStudio.getState().project;
  const text = project?.files[SWAGGER]?.text;
  if (!project || text === undefined) return { text: '', stale: false };
  const state = swaggerParseState(project.id, text);
  const value = state.ok ? state.value : state.lastGood;
  return { text: value === undefined ? '' : stringify(value, { lineWidth: 0, aliasDuplicateObjects: false }), stale: !state.ok };
}

export function YamlView() {
  const host = useRef<HTMLDivElement>(null);
  const [stale, setStale] = useState(false);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let disposed = false;
    let cleanup = () => {};
    void loadMonaco().then((monaco) => {
      if (disposed || !host.current) return;
      const first = yamlOf();
      setStale(first.stale);
      const model = monaco.editor.createModel(first.text, 'yaml');
      const editor = monaco.editor.create(host.current, {
        model,
        readOnly: true,
        readOnlyMessage: { value: 'The YAML view is read-only: edit the JSON view or the forms.' },
        automaticLayout: true,
        scrollBeyondLastLine: false,
        minimap: { enabled: true, renderCharacters: false },
        fontSize: 13,
        folding: true,
        showFoldingControls: 'always',
        ariaLabel: 'Swagger as YAML (read-only)',
      });
      setReady(true);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const unsubscribe = useStudio.subscribe((state, previous) => {
        if (state.project?.files[SWAGGER]?.text === previous.project?.files[SWAGGER]?.text) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          const next = yamlOf();
          setStale(next.stale);
          const change = diffTexts(model.getValue(), next.text);
          if (!change) return;
          const start = model.getPositionAt(change.offset);
          const end = model.getPositionAt(change.offset + change.deleted.length);
          model.pushEditOperations([], [{ range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column), text: change.inserted }], () => null);
        }, REFRESH_MS);
      });
      cleanup = () => {
        clearTimeout(timer);
        unsubscribe();
        editor.dispose();
        model.dispose();
      };
    });
    return () => {
      disposed = true;
      cleanup();
    };
  }, []);

  return (
    <div className="code-view" data-testid="code-view-yaml">
      <div className="code-notice" role="status">
        YAML is a read-only view of the definition; the saved file stays JSON. Switch to JSON to edit.
        {stale && ' The JSON has a syntax error: this shows the last version that parsed.'}
      </div>
      <div className="code-frame">
        {!ready && <div className="code-loading">Loading the code editor…</div>}
        <div className="code-host" ref={host} data-testid="code-editor-yaml" />
      </div>
    </div>
  );
}
