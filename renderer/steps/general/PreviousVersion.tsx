/**
 * The previously certified version, attached for the breaking-change checks (removed operations, new required
 * inputs, removed or retyped outputs) and for telling pre-existing problems from new ones.
 */
import { useStudio } from '../../store';
import { connector } from '../../bridge';

export function PreviousVersion() {
  const previous = useStudio((s) => s.project?.sidecar.previous);
  const toast = useStudio((s) => s.toast);

  const attach = async (kind: 'folder' | 'file') => {
    const result = await connector.readPreviousVersion(kind);
    if (!result) return;
    if (!result.ok) return toast('error', result.error.message);
    const state = useStudio.getState();
    if (!state.project) return;
    state.setSidecar({ ...state.project.sidecar, previous: result.value }, 'Attach the previous version');
    toast('success', 'Breaking changes are now checked against the previous version.');
  };
  const detach = () => {
    const state = useStudio.getState();
    if (!state.project) return;
    const { previous: _removed, ...rest } = state.project.sidecar;
    state.setSidecar({ ...rest, format: state.project.sidecar.format }, 'Remove the previous version');
  };

  return (
    <div className="field" data-testid="previous-version">
      <span className="field-label">Previously certified version</span>
      {previous ? (
        <div className="previous-row">
          <code className="previous-source" title={previous.source}>{previous.source}</code>
          <button type="button" className="link-button" onClick={detach} data-testid="previous-remove">Remove</button>
        </div>
      ) : (
        <div className="previous-row">
          <button type="button" className="button" onClick={() => void attach('folder')} data-testid="previous-attach-folder">Attach folder…</button>
          <button type="button" className="button" onClick={() => void attach('file')} data-testid="previous-attach-file">Attach package or file…</button>
        </div>
      )}
      <div className="field-hint">Updating a certified connector? Attach the version Microsoft has, and changes that break existing flows are reported in Microsoft's wording.</div>
    </div>
  );
}
