import { useStudio } from '../store';

export function Toasts() {
  const toasts = useStudio((s) => s.toasts);
  const dismiss = useStudio((s) => s.dismissToast);
  const busy = useStudio((s) => s.busy);
  return (
    <div className="toasts" aria-live="polite">
      {busy && <div className="toast info" data-testid="busy"><span className="spinner" aria-hidden /> {busy}</div>}
      {toasts.map((t) => (
        <div key={t.id} className={`toast ${t.tone}`} role={t.tone === 'error' ? 'alert' : 'status'} data-testid={`toast-${t.tone}`}>
          <span>{t.message}</span>
          <button type="button" className="icon-button" onClick={() => dismiss(t.id)} aria-label="Dismiss">×</button>
        </div>
      ))}
    </div>
  );
}
