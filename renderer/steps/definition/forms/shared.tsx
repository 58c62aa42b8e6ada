/** Small pieces the Definition forms share: document access, optional-value edits, selects. */
import type { KeyboardEvent, ReactNode } from 'react';
import { useStudio } from '../../../store';
import { parsedJson } from '../../../document/parsed';
import { swaggerParseState } from '../../../editor/swagger-parse-state';
import { findingsAt } from '../../findings-for';
import type { Finding } from '../../../../main/core/model/findings';
import { SWAGGER, PROPERTIES } from '../../../document/definition/operation-edits';

export { SWAGGER, PROPERTIES };
export type DefFile = typeof SWAGGER | typeof PROPERTIES;

/**
 * The documents the forms show. While the swagger text does not parse (mid-edit in the code view), `swagger` is
 * the last version that parsed, and the forms are read-only (DefinitionForms).
 */
export function useDocuments(): { swagger: unknown; properties: unknown; swaggerText: string; hasScript: boolean } {
  const projectId = useStudio((s) => s.project?.id);
  const files = useStudio((s) => s.project?.files);
  const swaggerText = files?.[SWAGGER]?.text ?? '';
  const parse = projectId !== undefined && files?.[SWAGGER] !== undefined ? swaggerParseState(projectId, swaggerText) : null;
  return {
    swagger: parse && !parse.ok && parse.lastGood !== undefined ? parse.lastGood : parsedJson(SWAGGER, swaggerText),
    properties: parsedJson(PROPERTIES, files?.[PROPERTIES]?.text),
    swaggerText,
    hasScript: files?.['script.csx'] !== undefined,
  };
}

/**
 * Edits one value (typing coalesces into one undo step per field); an empty text removes an optional member
 * instead of writing "". The store's setJson takes the fast path for a scalar that exists (fast-edit.ts): large
 * definitions stay responsive while typing.
 */
export function useEdit(file: DefFile = SWAGGER) {
  const setJson = useStudio((s) => s.setJson);
  const set = (pointer: string, value: unknown, label: string) => setJson(file, pointer, value, label, pointer);
  return {
    set,
    setOptional: (pointer: string, value: string, label: string) => set(pointer, value === '' ? undefined : value, label),
  };
}

export function useFindings(file: DefFile, pointer: string, exact = false): Finding[] {
  const findings = useStudio((s) => s.findings);
  return findingsAt(findings, file, pointer, { exact });
}

export const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

export function Select({ value, options, onChange, testId, id, label }: { value: string; options: (string | { value: string; label: string })[]; onChange(v: string): void; testId?: string; id?: string; label?: string }) {
  return (
    <select className="input select" id={id} aria-label={label} value={value} data-testid={testId} onChange={(e) => onChange(e.target.value)}>
      {options.map((o) => {
        const option = typeof o === 'string' ? { value: o, label: o } : o;
        return <option key={option.value} value={option.value}>{option.label}</option>;
      })}
    </select>
  );
}

export const VISIBILITY_OPTIONS = [
  { value: '', label: 'none' },
  { value: 'important', label: 'important' },
  { value: 'advanced', label: 'advanced' },
  { value: 'internal', label: 'internal' },
];

export const TYPE_OPTIONS = ['string', 'integer', 'number', 'boolean', 'array', 'object', 'file'];

export const FORMAT_OPTIONS = ['', 'date-time', 'date', 'email', 'uri', 'uuid', 'byte', 'binary', 'int32', 'int64', 'float', 'double', 'password', 'html'];

/** A collapsible section header inside a card. */
export function Section({ title, actions, children, testId }: { title: ReactNode; actions?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <section className="card def-section" data-testid={testId}>
      <div className="def-section-head">
        <h2>{title}</h2>
        {actions && <div className="row-actions">{actions}</div>}
      </div>
      {children}
    </section>
  );
}

/**
 * A button that stays usable in read-only forms, for browsing only (expand / collapse): the read-only forms sit in a
 * disabled <fieldset>, which disables every real button inside it.
 */
export function BrowseButton({ className, onClick, children, label, expanded, testId }: { className: string; onClick(): void; children: ReactNode; label?: string; expanded?: boolean; testId?: string }) {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    onClick();
  };
  return (
    <span role="button" tabIndex={0} className={className} aria-label={label} aria-expanded={expanded} onClick={onClick} onKeyDown={onKeyDown} data-testid={testId}>
      {children}
    </span>
  );
}
