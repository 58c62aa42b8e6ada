/** Controlled inputs bound to the store: every keystroke is a minimal text edit, coalesced into one undo step. */
import type { InputHTMLAttributes, TextareaHTMLAttributes } from 'react';

type Common = { value: string; onValue(value: string): void; invalid?: boolean; testId?: string };

export function TextInput({ value, onValue, invalid, testId, ...rest }: Common & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  return (
    <input
      {...rest}
      className={`input ${invalid ? 'invalid' : ''} ${rest.className ?? ''}`}
      value={value}
      aria-invalid={invalid || undefined}
      data-testid={testId}
      onChange={(e) => onValue(e.target.value)}
    />
  );
}

export function TextArea({ value, onValue, invalid, testId, ...rest }: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'>) {
  return (
    <textarea
      {...rest}
      className={`input textarea ${invalid ? 'invalid' : ''}`}
      value={value}
      aria-invalid={invalid || undefined}
      data-testid={testId}
      onChange={(e) => onValue(e.target.value)}
    />
  );
}

export function Checkbox({ checked, onChange, label, testId, id }: { checked: boolean; onChange(v: boolean): void; label: string; testId?: string; id?: string }) {
  return (
    <label className="checkbox">
      <input id={id} type="checkbox" checked={checked} data-testid={testId} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

export function Segmented<T extends string>({ value, options, onChange, testId, label }: { value: T; options: { value: T; label: string }[]; onChange(v: T): void; testId?: string; label: string }) {
  return (
    <div className="segmented" role="radiogroup" aria-label={label} data-testid={testId}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          role="radio"
          aria-checked={value === option.value}
          className={value === option.value ? 'selected' : ''}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
