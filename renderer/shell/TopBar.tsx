/** The top bar: the connector's name, where it is saved, save state, undo/redo and the readiness summary. */
import { useStudio } from '../store';
import { titleOf } from '../document/general-fields';
import { save } from './project-actions';
import { runCommand } from '../hooks/useCommands';

export function TopBar() {
  const project = useStudio((s) => s.project);
  const dirty = useStudio((s) => s.isDirty());
  const canUndo = useStudio((s) => s.past.length > 0);
  const canRedo = useStudio((s) => s.future.length > 0);
  const findings = useStudio((s) => s.findings);
  const validation = useStudio((s) => s.validation);
  const toggleFindings = useStudio((s) => s.toggleFindings);
  if (!project) return null;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const title = titleOf(project.files['apiDefinition.swagger.json']?.text) || 'Untitled connector';
  return (
    <header className="top-bar">
      <div className="top-title">
        <span className="app-mark" aria-hidden>◆</span>
        <div>
          <div className="project-title" data-testid="project-title">
            {title}
            {dirty && <span className="dirty-dot" title="Unsaved changes" data-testid="dirty-indicator">●</span>}
          </div>
          <div className="project-path" title={project.folder ?? undefined}>{project.folder ?? 'Not saved yet'}</div>
        </div>
      </div>
      <div className="top-actions">
        <button type="button" className="icon-button" onClick={() => runCommand('undo')} disabled={!canUndo} title="Undo (Ctrl+Z)" data-testid="undo">↶</button>
        <button type="button" className="icon-button" onClick={() => runCommand('redo')} disabled={!canRedo} title="Redo (Ctrl+Y)" data-testid="redo">↷</button>
        <button type="button" className={`readiness ${errors ? 'has-errors' : warnings ? 'has-warnings' : 'ready'}`} onClick={() => toggleFindings()} data-testid="readiness" title="Show or hide findings (Ctrl+Shift+M)">
          {validation.status === 'running' && findings.length === 0
            ? 'Checking…'
            : errors
              ? `${errors} ${errors === 1 ? 'error blocks' : 'errors block'} certification`
              : warnings
                ? `Ready · ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`
                : 'Ready for certification'}
        </button>
        <button type="button" className="button primary" onClick={() => void save(false)} data-testid="save" title="Save (Ctrl+S)">
          Save
        </button>
      </div>
    </header>
  );
}
