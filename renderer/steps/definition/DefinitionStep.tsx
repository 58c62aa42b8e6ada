/**
 * Step 3, Definition: the forms, or a code view of the swagger (JSON or YAML), apiProperties.json or script.csx.
 * Forms and code edit the same texts through the store, with one undo history. While the swagger does not parse,
 * the forms show its last good version read-only under a banner that says where the error is (forms/).
 */
import { useEffect, useState } from 'react';
import { useStudio } from '../../store';
import type { DefinitionView } from '../../store/ui-slice';
import { OperationsOverview } from './OperationsOverview';
import { CodeView } from './code/CodeView';
import { YamlView } from './code/YamlView';
import '../../styles/editor.css';

const VIEWS: { id: DefinitionView; label: string }[] = [
  { id: 'forms', label: 'Forms' },
  { id: 'swagger', label: 'Swagger editor' },
  { id: 'properties', label: 'apiProperties.json' },
  { id: 'script', label: 'script.csx' },
];

export function DefinitionStep() {
  const view = useStudio((s) => s.definitionView);
  const setView = useStudio((s) => s.setDefinitionView);
  const hasScript = useStudio((s) => s.project?.files['script.csx'] !== undefined);
  const hasProperties = useStudio((s) => s.project?.files['apiProperties.json'] !== undefined);
  const [swaggerFormat, setSwaggerFormat] = useState<'json' | 'yaml'>('json');
  useFindingView();

  const available = VIEWS.filter((v) => (v.id === 'script' ? hasScript : v.id === 'properties' ? hasProperties : true));
  const current = available.some((v) => v.id === view) ? view : 'forms';

  return (
    <div className={`definition-step ${current === 'forms' ? '' : 'with-code'}`} data-testid="definition-step">
      <div className="definition-views" role="tablist" aria-label="Definition view">
        {available.map((v) => (
          <button key={v.id} type="button" role="tab" aria-selected={current === v.id} className={`view-tab ${current === v.id ? 'on' : ''}`}
            onClick={() => setView(v.id)} data-testid={`definition-view-${v.id}`}>
            {v.label}
          </button>
        ))}
        {current === 'swagger' && (
          <div className="format-toggle" role="group" aria-label="Swagger format">
            {(['json', 'yaml'] as const).map((f) => (
              <button key={f} type="button" aria-pressed={swaggerFormat === f} className={`view-tab small ${swaggerFormat === f ? 'on' : ''}`}
                onClick={() => setSwaggerFormat(f)} data-testid={`swagger-format-${f}`}>
                {f.toUpperCase()}
              </button>
            ))}
          </div>
        )}
      </div>
      {current === 'forms' && <FormsView />}
      {current === 'swagger' && (swaggerFormat === 'json' ? <CodeView key="swagger" file="apiDefinition.swagger.json" /> : <YamlView />)}
      {current === 'properties' && <CodeView key="properties" file="apiProperties.json" />}
      {current === 'script' && <CodeView key="script" file="script.csx" />}
    </div>
  );
}

/** The forms; while the swagger does not parse they show the last good version read-only (forms/ReadOnlyBanner). */
function FormsView() {
  return (
    <div data-testid="definition-forms">
      <OperationsOverview />
    </div>
  );
}

/** A clicked finding that belongs in code (script.csx, or a finding of the 'code' step) opens the matching code view. */
function useFindingView(): void {
  const target = useStudio((s) => s.focusTarget);
  useEffect(() => {
    if (!target) return;
    const state = useStudio.getState();
    const finding = state.findings.find((f) => f.file === target.file && f.path === target.path);
    if (target.file === 'script.csx') state.setDefinitionView('script');
    else if (finding?.step === 'code') state.setDefinitionView(target.file === 'apiProperties.json' ? 'properties' : 'swagger');
  }, [target]);
}
