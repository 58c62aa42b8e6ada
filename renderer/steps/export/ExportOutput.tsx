/**
 * The two outputs: "Export submission zip…" and "Write pull-request folder…". Main asks where, re-validates and
 * gates; this panel shows progress, then either the files written or the reasons it was blocked, each location a
 * link to the field that fixes it, and — when every reason may be overridden — an explicit "Export anyway".
 */
import { useEffect, useState } from 'react';
import type { ExportBlock, ExportLocation, ExportOutcome, ExportProgressEvent } from '../../../preload/contract';
import { connector } from '../../bridge';
import { useStudio } from '../../store';
import { buildExportRequest, type SubmissionDraft } from './export-request';

type Target = 'zip' | 'folder';

const STAGE_LABEL: Record<ExportProgressEvent['stage'], string> = {
  validating: 'Running every check…',
  checking: 'Checking the package…',
  scanning: 'Looking for secrets…',
  zipping: 'Compressing…',
  writing: 'Writing files…',
  done: 'Finishing…',
};

const TARGET_LABEL: Record<Target, string> = { zip: 'Submission zip', folder: 'Pull-request folder' };

interface Shown {
  target: Target;
  outcome: ExportOutcome;
}

export function ExportOutput({ draft }: { draft: () => SubmissionDraft }) {
  const focusFinding = useStudio((s) => s.focusFinding);
  const toast = useStudio((s) => s.toast);
  const kind = useStudio((s) => s.project?.sidecar.kind ?? 'certified');
  const [running, setRunning] = useState<Target | null>(null);
  const [progress, setProgress] = useState<ExportProgressEvent | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);

  useEffect(() => connector.on('export-progress', setProgress), []);
  // Another project was opened: the last result belongs to the previous one.
  const projectId = useStudio((s) => s.project?.id);
  useEffect(() => setShown(null), [projectId]);

  const run = async (target: Target, allowErrors: boolean) => {
    const project = useStudio.getState().project;
    if (!project || running) return;
    setRunning(target);
    setProgress(null);
    try {
      const request = buildExportRequest(project, draft(), allowErrors);
      const result = target === 'zip' ? await connector.exportZip(request) : await connector.writePullRequestFolder(request);
      if (result === null) return;
      if (!result.ok) {
        toast('error', result.error.message);
        return;
      }
      setShown({ target, outcome: result.value });
      if (result.value.status === 'written') toast('success', `${TARGET_LABEL[target]} written to ${result.value.path}`);
    } catch (error) {
      toast('error', `The export failed: ${(error as Error).message}`);
    } finally {
      setRunning(null);
      setProgress(null);
    }
  };

  const goTo = (location: ExportLocation) =>
    focusFinding({ rule: location.rule ?? 'export', severity: 'error', message: location.message, file: location.file as never, path: location.path, line: location.line, column: location.column, step: location.step });

  return (
    <section className="card export-output" data-testid="export-output">
      <h2>Export</h2>
      <p className="card-hint">
        Every check runs again before anything is written. The zip is what you email (connector files, {kind === 'independent-publisher' ? 'no icon, ' : 'icon, '}settings.json and
        submission.md); the folder is what goes into a pull request to microsoft/PowerPlatformConnectors.
      </p>
      <div className="export-buttons">
        <button type="button" className="button primary" disabled={running !== null} data-testid="export-zip" onClick={() => void run('zip', false)}>
          Export submission zip…
        </button>
        <button type="button" className="button" disabled={running !== null} data-testid="export-folder" onClick={() => void run('folder', false)}>
          Write pull-request folder…
        </button>
      </div>
      {running && (
        <div className="export-progress" data-testid="export-progress" aria-live="polite">
          <progress />
          <span>
            {TARGET_LABEL[running]}: {progress ? STAGE_LABEL[progress.stage] : 'Waiting for you to choose where…'}
            {progress?.stage === 'zipping' && progress.done !== undefined ? ` ${Math.round(progress.done / 1024)} KB` : ''}
            {progress?.stage === 'writing' && progress.done !== undefined && running === 'folder' ? ` ${progress.done} files` : ''}
          </span>
        </div>
      )}
      {shown && !running && (shown.outcome.status === 'written' ? <Written target={shown.target} outcome={shown.outcome} /> : (
        <Blocked target={shown.target} blocks={shown.outcome.blocks} onGo={goTo} onOverride={() => void run(shown.target, true)} />
      ))}
    </section>
  );
}

function Written({ target, outcome }: { target: Target; outcome: Extract<ExportOutcome, { status: 'written' }> }) {
  return (
    <div className="export-result ok" data-testid="export-result">
      <h3>{TARGET_LABEL[target]} written</h3>
      <div className="export-path" data-testid="export-result-path">{outcome.path}</div>
      <ul className="export-files" data-testid="export-result-files">
        {outcome.entries.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
      {outcome.bytes !== undefined && <div className="muted">{(outcome.bytes / 1024).toFixed(1)} KB</div>}
      {outcome.overridden.map((message) => (
        <div key={message} className="export-warning" data-testid="export-overridden">
          Exported despite: {message}{target === 'zip' ? ' (recorded in submission.md)' : ''}
        </div>
      ))}
      {outcome.leftAlone.length > 0 && (
        <div className="export-warning">
          Already in the folder and not part of this export (left alone; remove them before the pull request): {outcome.leftAlone.join(', ')}
        </div>
      )}
    </div>
  );
}

function Blocked({ target, blocks, onGo, onOverride }: { target: Target; blocks: ExportBlock[]; onGo(location: ExportLocation): void; onOverride(): void }) {
  const overridable = blocks.every((b) => b.overridable);
  // What can never be overridden (secrets, missing files) first.
  const ordered = [...blocks].sort((a, b) => Number(a.overridable) - Number(b.overridable));
  return (
    <div className="export-result blocked" data-testid="export-blocked">
      <h3>{TARGET_LABEL[target]} not written</h3>
      {ordered.map((block) => (
        <div key={block.code} className={`export-block ${block.overridable ? 'overridable' : 'hard'}`} data-testid={`export-block-${block.code}`}>
          <div className="export-block-message">
            {block.code === 'secrets' ? block.message.replace(/:.*$/s, '.') : block.message}
            {!block.overridable && <span className="export-tag">{block.code === 'secrets' ? 'Secrets can never be exported' : 'Required'}</span>}
          </div>
          {block.locations.length > 0 && (
            <ul className="export-locations">
              {block.locations.map((location, index) => (
                <li key={index}>
                  <button type="button" className="export-location" data-testid="export-location" onClick={() => onGo(location)}>
                    <span className="export-where">
                      {location.file}
                      {location.line !== undefined ? `:${location.line}:${location.column ?? 1}` : ''}
                    </span>
                    <span>{location.message}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
      {overridable ? (
        <div className="export-override">
          <button type="button" className="button danger" data-testid="export-anyway" onClick={onOverride}>
            Export anyway…
          </button>
          <span className="muted">
            {target === 'zip' ? 'The override is recorded in submission.md with today’s date.' : 'Reviewers will see these errors when they validate the pull request.'}
          </span>
        </div>
      ) : (
        <p className="muted">Remove every secret first: a secret in a package cannot be taken back. Export anyway is not offered while one is found.</p>
      )}
    </div>
  );
}
