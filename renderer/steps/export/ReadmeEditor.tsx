/**
 * readme.md: a Markdown editor with a sanitised live preview, "Generate from the official template" (drafted in
 * main from the definition), the "[FILL IN: …]" placeholders still to write, and the validator's readme findings
 * (rule readme-sections) inline. Every edit goes through commitTexts, so it is undoable.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReadmePlaceholderInfo } from '../../../preload/contract';
import { connector } from '../../bridge';
import { useStudio } from '../../store';
import { InlineFindings } from '../../components/FindingBadge';
import { renderMarkdown } from './markdown';

const README = 'readme.md' as const;

export function ReadmeEditor({ onPlaceholders }: { onPlaceholders(count: number): void }) {
  const project = useStudio((s) => s.project)!;
  const findings = useStudio((s) => s.findings);
  const commitTexts = useStudio((s) => s.commitTexts);
  const toast = useStudio((s) => s.toast);
  const text = project.files[README]?.text;
  const [placeholders, setPlaceholders] = useState<ReadmePlaceholderInfo[]>([]);
  const [generating, setGenerating] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const readmeFindings = findings.filter((f) => f.file === README);
  const preview = useMemo(() => (text === undefined ? '' : renderMarkdown(text)), [text]);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void connector.readmePlaceholders(text ?? '').then((found) => {
        if (!current) return;
        setPlaceholders(found);
        onPlaceholders(found.length);
      });
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, onPlaceholders]);

  const generate = async () => {
    const now = useStudio.getState().project;
    if (!now) return;
    setGenerating(true);
    try {
      const drafted = await connector.generateReadme({
        swagger: now.files['apiDefinition.swagger.json']?.text,
        properties: now.files['apiProperties.json']?.text,
        kind: now.sidecar.kind ?? 'certified',
        hasScript: now.files['script.csx'] !== undefined,
      });
      commitTexts({ [README]: drafted }, 'Generate readme.md from the template');
      toast('success', now.files[README] ? 'readme.md was replaced by a draft from the template (Undo brings yours back).' : 'readme.md drafted from the template.');
    } catch (error) {
      toast('error', `The readme could not be generated: ${(error as Error).message}`);
    } finally {
      setGenerating(false);
    }
  };

  const showPlaceholder = (mark: ReadmePlaceholderInfo) => {
    const element = area.current;
    if (!element || text === undefined) return;
    const lines = text.split('\n');
    const start = lines.slice(0, mark.line - 1).reduce((sum, line) => sum + line.length + 1, 0) + mark.column - 1;
    const end = text.indexOf(']', start) + 1 || start;
    element.focus();
    element.setSelectionRange(start, end);
    const lineHeight = parseFloat(getComputedStyle(element).lineHeight) || 18;
    element.scrollTop = Math.max(0, (mark.line - 3) * lineHeight);
  };

  return (
    <section className="card readme-editor" data-pointer={text === undefined ? `${README}#` : undefined} data-testid="readme-editor">
      <div className="readme-head">
        <h2>readme.md</h2>
        <button type="button" className="button" disabled={generating} data-testid="readme-generate" onClick={() => void generate()}>
          Generate from the official template
        </button>
      </div>
      <p className="card-hint">Microsoft's template: title and description, Publisher, Prerequisites, Supported Operations, Obtaining Credentials, Known Issues and Limitations{project.sidecar.kind === 'certified' || !project.sidecar.kind ? ', Deployment Instructions' : ''}.</p>
      <InlineFindings findings={readmeFindings} />
      {placeholders.length > 0 && (
        <div className="readme-placeholders" data-testid="readme-placeholders">
          <strong>{placeholders.length} {placeholders.length === 1 ? 'placeholder' : 'placeholders'} still to fill in:</strong>
          <ul>
            {placeholders.map((mark) => (
              <li key={`${mark.line}:${mark.column}`}>
                <button type="button" className="link-button" onClick={() => showPlaceholder(mark)}>
                  Line {mark.line}
                </button>{' '}
                {mark.hint}
              </li>
            ))}
          </ul>
        </div>
      )}
      {text === undefined ? (
        <p className="readme-missing" data-testid="readme-missing">
          This connector has no readme.md yet. Certification requires one: generate a draft from the template, then fill in what only you know.
        </p>
      ) : (
        <div className="readme-panes" data-pointer={`${README}#`}>
          <textarea
            ref={area}
            className="input readme-text"
            aria-label="readme.md (Markdown)"
            spellCheck
            data-testid="readme-text"
            value={text}
            onChange={(e) => commitTexts({ [README]: e.target.value }, 'Edit readme.md', 'readme-edit')}
          />
          {/* renderMarkdown escapes raw HTML, drops link targets and images: only marked's own tags remain. */}
          <div className="readme-preview markdown" data-testid="readme-preview" dangerouslySetInnerHTML={{ __html: preview }} />
        </div>
      )}
    </section>
  );
}
