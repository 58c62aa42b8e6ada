/** Recognising connector files by name: the PowerPlatformConnectors layout, case-insensitively (readme.md, README.md…). */
import { TEXT_FILES, SIDECAR_FILE, type TextFileName } from '../model/project';

const BY_LOWER = new Map<string, TextFileName>(TEXT_FILES.map((name) => [name.toLowerCase(), name]));

/** The canonical name of a connector text file, or undefined for anything else. */
export function canonicalTextFile(name: string): TextFileName | undefined {
  return BY_LOWER.get(name.toLowerCase());
}

export function isIconFile(name: string): boolean {
  return name.toLowerCase() === 'icon.png';
}

export function isSidecarFile(name: string): boolean {
  return name === SIDECAR_FILE;
}

/** Files whose presence makes a folder a connector project. */
export function looksLikeConnectorFolder(names: readonly string[]): boolean {
  return names.some((n) => canonicalTextFile(n) === 'apiDefinition.swagger.json');
}
