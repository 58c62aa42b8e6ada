/** OAuth scopes as chips: Enter (or a space or comma) adds what was typed, × removes one. */
import { useState } from 'react';

export function ScopesEditor({ id, scopes, onChange, testId }: { id?: string; scopes: string[]; onChange(next: string[]): void; testId: string }) {
  const [draft, setDraft] = useState('');
  const add = () => {
    const words = draft.split(/[\s,]+/).filter((w) => w !== '' && !scopes.includes(w));
    setDraft('');
    if (words.length > 0) onChange([...scopes, ...new Set(words)]);
  };
  return (
    <div className="scopes" data-testid={testId}>
      {scopes.map((scope) => (
        <span key={scope} className="scope-chip" data-testid="scope-chip">
          {scope}
          <button type="button" aria-label={`Remove scope ${scope}`} onClick={() => onChange(scopes.filter((s) => s !== scope))}>
            ×
          </button>
        </span>
      ))}
      <input
        id={id}
        className="scope-draft"
        value={draft}
        spellCheck={false}
        placeholder={scopes.length === 0 ? 'Type a scope and press Enter' : 'Add a scope'}
        data-testid={`${testId}-input`}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={add}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ',' || e.key === ' ') {
            e.preventDefault();
            add();
          } else if (e.key === 'Backspace' && draft === '' && scopes.length > 0) {
            onChange(scopes.slice(0, -1));
          }
        }}
      />
    </div>
  );
}
