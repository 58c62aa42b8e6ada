/**
 * Turns raw file bytes (from a folder or a zip) into a LoadedProject: decodes text losslessly and lists every
 * encoding or syntax problem with its position, so the user is told exactly what is wrong and what will be written.
 */
import { decodeText } from '../text/encoding';
import { LineIndex } from '../text/line-index';
import { parseTolerant } from '../text/tolerant-json';
import { emptySidecar, type LoadNotice, type LoadedProject, type Sidecar, type TextFileData, type TextFileName } from '../model/project';
import { canonicalTextFile, isIconFile, isSidecarFile } from './file-names';

export interface RawFile {
  name: string;
  bytes: Uint8Array;
}

const JSON_FILES: ReadonlySet<TextFileName> = new Set(['apiDefinition.swagger.json', 'apiProperties.json']);

export function projectFromFiles(raw: readonly RawFile[], source: LoadedProject['source']): LoadedProject {
  const files: LoadedProject['files'] = {};
  const notices: LoadNotice[] = [];
  let icon: Uint8Array | undefined;
  let sidecar: Sidecar = emptySidecar();

  for (const file of raw) {
    const canonical = canonicalTextFile(file.name);
    if (canonical) {
      const data = decodeFile(file, canonical, notices);
      files[canonical] = data;
    } else if (isIconFile(file.name)) {
      icon = file.bytes;
    } else if (isSidecarFile(file.name)) {
      sidecar = readSidecar(file, notices);
    }
  }
  return { source, files, icon, sidecar, notices, fileNames: raw.map((f) => f.name).sort() };
}

function decodeFile(file: RawFile, canonical: TextFileName, notices: LoadNotice[]): TextFileData {
  const decoded = decodeText(file.bytes);
  const lines = new LineIndex(decoded.text);
  for (const bad of decoded.invalidBytes.slice(0, 20)) {
    const { line, column } = lines.position(bad.offset);
    notices.push({
      file: file.name,
      line,
      column,
      severity: 'warning',
      message:
        `Byte 0x${bad.byte.toString(16).toUpperCase().padStart(2, '0')} is not valid UTF-8 ` +
        `(perhaps "${String.fromCharCode(bad.byte)}" saved in Windows-1252). It is kept exactly as it is when you save; ` +
        'retype the character to store it as UTF-8.',
    });
  }
  if (decoded.invalidBytes.length > 20) {
    notices.push({ file: file.name, line: 1, column: 1, severity: 'warning', message: `${decoded.invalidBytes.length - 20} more bytes are not valid UTF-8.` });
  }
  if (JSON_FILES.has(canonical)) {
    const parsed = parseTolerant(decoded.text);
    for (const problem of parsed.problems) {
      notices.push({
        file: file.name,
        line: problem.line,
        column: problem.column,
        severity: problem.severity,
        message: `${problem.message}. The file opens and is written back as it is; fix it in the code view.`,
      });
    }
  }
  return { text: decoded.text, bom: decoded.bom, diskName: file.name };
}

function readSidecar(file: RawFile, notices: LoadNotice[]): Sidecar {
  const parsed = parseTolerant(decodeText(file.bytes).text);
  const value = parsed.value;
  if (value && typeof value === 'object' && !Array.isArray(value) && (value as Sidecar).format === 'connector-studio/1') {
    return value as Sidecar;
  }
  notices.push({
    file: file.name,
    line: 1,
    column: 1,
    severity: 'warning',
    message: 'The Connector Studio settings file is not readable; icon composer settings and test history start empty. It is replaced when you save.',
  });
  return emptySidecar();
}
