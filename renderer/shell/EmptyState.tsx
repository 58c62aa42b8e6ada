/** The first screen: start a connector, open one, reopen a recent one, or get back work a crash interrupted. */
import { useEffect, useState } from 'react';
import type { RecentProject } from '../../main/core/model/recent';
import type { RecoveryBackup } from '../../main/core/model/recovery';
import { connector } from '../bridge';
import { useStudio } from '../store';
import { openPath, openWithDialog, restoreBackup } from './project-actions';

export function EmptyState() {
  const openDialog = useStudio((s) => s.openDialog);
  const [recent, setRecent] = useState<RecentProject[]>([]);
  const [backups, setBackups] = useState<RecoveryBackup[]>([]);
  useEffect(() => {
    void connector.listRecent().then(setRecent);
    void connector.listBackups().then(setBackups);
  }, []);
  const discard = async (id: string) => {
    await connector.discardBackup(id);
    setBackups((list) => list.filter((b) => b.id !== id));
  };

  return (
    <main className="empty-state" data-testid="empty-state">
      {backups.length > 0 && (
        <section className="recovery" data-testid="recovery">
          <h2>Unsaved work was found</h2>
          <p>Connector Studio closed before this work was saved. Restore it to continue where you left off.</p>
          <ul>
            {backups.map((backup) => (
              <li key={backup.id}>
                <div>
                  <strong>{backup.title}</strong>
                  <span className="muted"> · {new Date(backup.savedAt).toLocaleString()} · {backup.projectPath ?? 'never saved'}</span>
                </div>
                <div className="row-actions">
                  <button type="button" className="button primary" onClick={() => void restoreBackup(backup)} data-testid="restore-backup">Restore</button>
                  <button type="button" className="button" onClick={() => void discard(backup.id)} data-testid="discard-backup">Discard</button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="welcome">
        <div className="welcome-mark" aria-hidden>◆</div>
        <h1>Connector Studio</h1>
        <p className="lead">Author a Power Platform custom connector offline, check it against the certification rules as you type, and export the package reviewers expect.</p>
        <div className="welcome-actions">
          <button type="button" className="button primary large" onClick={() => openDialog({ kind: 'new-project' })} data-testid="welcome-new">New connector</button>
          <button type="button" className="button large" onClick={() => openWithDialog('folder')} data-testid="welcome-open-folder">Open folder…</button>
          <button type="button" className="button large" onClick={() => openWithDialog('file')} data-testid="welcome-open-file">Open package or definition…</button>
        </div>
        <p className="drop-hint">
          …or drop a connector folder, a package .zip or a definition anywhere in this window.
          <br />
          Swagger 2.0 in JSON or YAML; OpenAPI 3 files and Postman collections are converted to Swagger 2.0.
        </p>
        <ol className="welcome-steps">
          <li><strong>General</strong> name, description, host, brand colour</li>
          <li><strong>Security</strong> how users sign in</li>
          <li><strong>Definition</strong> actions, triggers and policies</li>
          <li><strong>Test</strong> call your API from the desktop</li>
          <li><strong>Export</strong> the package for certification</li>
        </ol>
      </section>
      {recent.length > 0 && (
        <section className="recent" data-testid="recent">
          <h2>Recent</h2>
          <ul>
            {recent.map((r) => (
              <li key={r.path}>
                <button type="button" className="recent-item" onClick={() => openPath(r.path)}>
                  <strong>{r.title}</strong>
                  <span className="muted">{r.path}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
