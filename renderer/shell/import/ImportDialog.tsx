/**
 * Importing an OpenAPI 3.x description or a Postman collection: the conversion with a real progress bar (Cancel
 * stops the worker), then the report and the operation picker with live connector limits, then "Create connector"
 * opens the untitled project (the report goes into its sidecar). Nothing opens before the user saw the report.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConversionPreview, ConvertLimits, ConvertProgressEvent } from '../../../preload/contract';
import { connector } from '../../bridge';
import { useStudio } from '../../store';
import { openConverted } from '../project-actions';
import { ConversionReport } from './ConversionReport';
import { OperationPicker } from './OperationPicker';
import { LimitsMeter } from './LimitsMeter';
import { PHASE_LABELS } from './import-format';
import '../../styles/import.css';

type Stage =
  | { name: 'converting'; progress: ConvertProgressEvent }
  | { name: 'failed'; message: string }
  | { name: 'review'; preview: ConversionPreview };

const MEASURE_DELAY_MS = 200;

export function ImportDialog({ path }: { path: string }) {
  const [stage, setStage] = useState<Stage>({ name: 'converting', progress: { phase: 'read', percent: 0 } });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [limits, setLimits] = useState<ConvertLimits | null>(null);
  const [measuring, setMeasuring] = useState(false);
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const finished = useRef(false);
  const fileName = path.split(/[\\/]/).pop() ?? path;

  const close = useCallback(() => {
    if (!finished.current) void connector.cancelConversion();
    finished.current = true;
    useStudio.getState().openDialog(null);
  }, []);

  useEffect(() => {
    let alive = true;
    finished.current = false;
    const off = connector.on('convert-progress', (progress) => {
      if (alive) setStage((s) => (s.name === 'converting' ? { name: 'converting', progress } : s));
    });
    void connector.convertFile(path).then((result) => {
      if (!alive) return;
      if (result.ok) {
        setStage({ name: 'review', preview: result.value });
        setSelected(new Set(result.value.operations.map((op) => op.operationId)));
      } else if (result.error.code !== 'cancelled') {
        setStage({ name: 'failed', message: result.error.message });
      }
    });
    return () => {
      alive = false;
      off();
      if (!finished.current) void connector.cancelConversion();
    };
  }, [path]);

  // Live limits: main measures the pruned definition exactly (debounced while the user clicks).
  const reviewing = stage.name === 'review';
  useEffect(() => {
    if (!reviewing) return;
    let alive = true;
    setMeasuring(true);
    const ids = [...selected];
    const timer = setTimeout(() => {
      if (ids.length === 0) {
        setLimits({ bytes: 0, schemas: 0, over1MB: false, over512: false });
        setMeasuring(false);
        return;
      }
      void connector.measureSelection(ids).then((result) => {
        if (!alive) return;
        if (result.ok) setLimits(result.value);
        else setError(result.error.message);
        setMeasuring(false);
      });
    }, MEASURE_DELAY_MS);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [reviewing, selected]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && !creating && close();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [close, creating]);

  const create = async () => {
    if (stage.name !== 'review') return;
    setCreating(true);
    setError(null);
    const ids = stage.preview.operations.map((op) => op.operationId).filter((id) => selected.has(id));
    const result = await connector.createConvertedProject(ids);
    setCreating(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    finished.current = true;
    useStudio.getState().openDialog(null);
    openConverted(result.value);
  };

  const over = limits !== null && (limits.over1MB || limits.over512);
  return (
    <div className="modal-backdrop" role="presentation">
      <div className={`modal import-modal ${stage.name}`} role="dialog" aria-modal="true" aria-label={`Import ${fileName}`} data-testid="import-dialog">
        <h2>Import {fileName}</h2>
        {stage.name === 'converting' && <Progress progress={stage.progress} />}
        {stage.name === 'failed' && (
          <p className="import-failed" role="alert" data-testid="import-failed">{stage.message}</p>
        )}
        {stage.name === 'review' && (
          <div className="import-body">
            <ConversionReport preview={stage.preview} />
            <div className="import-pick">
              <h3>Operations to keep</h3>
              <OperationPicker operations={stage.preview.operations} selected={selected} onChange={setSelected} />
              <LimitsMeter limits={limits} measuring={measuring} />
            </div>
          </div>
        )}
        {error && <p className="import-failed" role="alert" data-testid="import-error">{error}</p>}
        <div className="modal-actions">
          <button type="button" className="button" onClick={close} disabled={creating} data-testid="import-cancel">
            {stage.name === 'failed' ? 'Close' : 'Cancel'}
          </button>
          {stage.name === 'review' && (
            <button
              type="button"
              className="button primary"
              onClick={() => void create()}
              disabled={creating || measuring || selected.size === 0 || over}
              title={over ? 'Keep fewer operations: the definition must fit 1 MB and 512 schemas.' : undefined}
              data-testid="import-create"
            >
              {creating ? 'Creating…' : 'Create connector'}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}

function Progress({ progress }: { progress: ConvertProgressEvent }) {
  const percent = Math.max(0, Math.min(100, Math.round(progress.percent)));
  return (
    <div className="import-progress" data-testid="import-progress">
      <div className="import-progress-label">
        <span data-testid="import-phase">{PHASE_LABELS[progress.phase] ?? 'Converting…'}</span>
        <span className="muted">{percent}%</span>
      </div>
      <div className="progress-track" role="progressbar" aria-label="Conversion progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} data-testid="import-progress-bar">
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="muted">Large descriptions take a few seconds. Cancel stops the conversion.</p>
    </div>
  );
}
