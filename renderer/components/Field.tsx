import { useId, type ReactNode } from 'react';
import type { Finding } from '../../main/core/model/findings';
import { InlineFindings } from './FindingBadge';

interface FieldProps {
  label: string;
  hint?: ReactNode;
  findings?: Finding[];
  /** "<file>#<JSON pointer>": lets a clicked finding find and focus this field. */
  pointer?: string;
  children: (id: string) => ReactNode;
  wide?: boolean;
  counter?: { length: number; min?: number; max?: number };
}

/** A labelled form row: label, control, hint, character counter and the certification findings for the field. */
export function Field({ label, hint, findings = [], pointer, children, wide, counter }: FieldProps) {
  const id = useId();
  const worst = findings.some((f) => f.severity === 'error') ? 'error' : findings.some((f) => f.severity === 'warning') ? 'warning' : '';
  return (
    <div className={`field ${wide ? 'wide' : ''} ${worst}`} data-pointer={pointer}>
      <div className="field-label-row">
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        {counter && <CharacterCounter {...counter} />}
      </div>
      {children(id)}
      {hint && <div className="field-hint">{hint}</div>}
      <InlineFindings findings={findings} />
    </div>
  );
}

function CharacterCounter({ length, min, max }: { length: number; min?: number; max?: number }) {
  const bad = (min !== undefined && length < min) || (max !== undefined && length > max);
  return (
    <span className={`counter ${bad ? 'bad' : ''}`} aria-live="polite">
      {length}
      {max !== undefined ? ` / ${max}` : ''}
      {min !== undefined && max === undefined ? ` (min ${min})` : ''}
    </span>
  );
}
