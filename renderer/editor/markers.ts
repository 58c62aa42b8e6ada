/** The validator's findings for one file, as Monaco markers (severity, message, rule as the code, position). */
import type { editor as MonacoEditor } from 'monaco-editor/editor';
import type { Finding } from '../../main/core/model/findings';
import type { MonacoApi } from './load-monaco';

export const MARKER_OWNER = 'connector-studio';

export function findingsToMarkers(monaco: MonacoApi, model: MonacoEditor.ITextModel, findings: readonly Finding[], file: string): MonacoEditor.IMarkerData[] {
  const lineCount = model.getLineCount();
  const markers: MonacoEditor.IMarkerData[] = [];
  for (const finding of findings) {
    if (finding.file !== file) continue;
    const line = finding.line ?? (finding.path === '' ? 1 : undefined);
    if (line === undefined || line > lineCount) continue;
    const content = model.getLineContent(line);
    const startColumn = Math.min(finding.column ?? 1, content.length + 1);
    // Underline to the end of the value on that line (without a trailing comma).
    const endColumn = Math.max(startColumn + 1, content.replace(/[\s,]+$/, '').length + 1);
    markers.push({
      severity: finding.severity === 'error' ? monaco.MarkerSeverity.Error : finding.severity === 'warning' ? monaco.MarkerSeverity.Warning : monaco.MarkerSeverity.Info,
      message: finding.message,
      code: finding.rule,
      source: 'Connector Studio',
      startLineNumber: line,
      startColumn,
      endLineNumber: line,
      endColumn,
    });
  }
  return markers;
}
