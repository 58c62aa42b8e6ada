/** "Go to operation": every operation by operationId and summary; choosing one reveals its line in the editor. */
import { memo, useEffect, useState } from 'react';
import type { editor as MonacoEditor } from 'monaco-editor/editor';
import { useStudio } from '../../../store';
import { parsedJson } from '../../../document/parsed';
import { operationsOf } from '../../../document/operations-view';
import { locatePointer } from '../../../editor/locate-pointer';

interface Choice {
  pointer: string;
  label: string;
}

const SWAGGER = 'apiDefinition.swagger.json';
const REFRESH_MS = 400;

function choicesOf(text: string | undefined): Choice[] {
  return operationsOf(parsedJson(SWAGGER, text)).map((op) => {
    const summary = typeof op.operation.summary === 'string' ? ` — ${op.operation.summary}` : '';
    return { pointer: op.pointer, label: `${op.operationId ?? `${op.method.toUpperCase()} ${op.path}`}${summary}` };
  });
}

/** Memoised: its props change only with the editor, and it lists an option per operation (219 on a large connector). */
export const OperationPicker = memo(function OperationPicker({ editor, model }: { editor: MonacoEditor.IStandaloneCodeEditor; model: MonacoEditor.ITextModel }) {
  const [choices, setChoices] = useState<Choice[]>(() => choicesOf(useStudio.getState().project?.files[SWAGGER]?.text));

  // The list follows the text, refreshed when typing pauses (not on every key press of a 1 MB definition).
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = useStudio.subscribe((state, previous) => {
      const text = state.project?.files[SWAGGER]?.text;
      if (text === previous.project?.files[SWAGGER]?.text) return;
      clearTimeout(timer);
      timer = setTimeout(() => setChoices(choicesOf(text)), REFRESH_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, []);

  const reveal = (pointer: string) => {
    const text = useStudio.getState().project?.files[SWAGGER]?.text;
    const offset = text === undefined ? undefined : locatePointer(text, pointer);
    if (offset === undefined) return;
    const position = model.getPositionAt(offset);
    editor.revealLineNearTop(position.lineNumber);
    editor.setPosition(position);
    editor.focus();
  };

  return (
    <select className="code-goto" aria-label="Go to operation" data-testid="code-goto-operation" value=""
      onChange={(event) => event.target.value && reveal(event.target.value)}>
      <option value="">Go to operation… ({choices.length})</option>
      {choices.map((choice) => (
        <option key={choice.pointer} value={choice.pointer}>{choice.label}</option>
      ))}
    </select>
  );
});
