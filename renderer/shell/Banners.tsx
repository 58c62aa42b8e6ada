/** Messages above the step: problems found while opening files, and files changed by another program. */
import { useStudio } from '../store';
import { reloadFromDisk } from './project-actions';

export function Banners() {
  const notices = useStudio((s) => s.project?.notices ?? []);
  const external = useStudio((s) => s.project?.externalChanges ?? []);
  const dismissNotices = useStudio((s) => s.dismissNotices);
  const dismissExternal = useStudio((s) => s.dismissExternalChange);
  const dirty = useStudio((s) => s.isDirty());
  return (
    <>
      {external.length > 0 && (
        <div className="banner warning" role="alert" data-testid="external-change">
          <div>
            <strong>{external.join(', ')}</strong> changed on disk outside Connector Studio.
            {dirty ? ' You also have unsaved changes here.' : ''}
          </div>
          <div className="row-actions">
            <button type="button" className="button" onClick={() => void reloadFromDisk()} data-testid="external-reload">Reload from disk</button>
            <button type="button" className="button" onClick={() => external.forEach(dismissExternal)} data-testid="external-keep">Keep my version</button>
          </div>
        </div>
      )}
      {notices.length > 0 && (
        <div className="banner info" role="status" data-testid="load-notices">
          <div>
            <strong>Opened with {notices.length} {notices.length === 1 ? 'problem' : 'problems'} in the files.</strong> Nothing was changed: the files are written back exactly as they are, plus your edits.
            <ul className="notice-list">
              {notices.slice(0, 8).map((n, i) => (
                <li key={i}>
                  <code>{n.file}:{n.line}:{n.column}</code> {n.message}
                </li>
              ))}
              {notices.length > 8 && <li>…and {notices.length - 8} more.</li>}
            </ul>
          </div>
          <button type="button" className="icon-button" onClick={dismissNotices} aria-label="Dismiss">×</button>
        </div>
      )}
    </>
  );
}
