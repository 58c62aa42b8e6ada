/**
 * The files a connector package may hold, by canonical name. Anything else in a zip is reported as
 * ignored and never inflated. Matching is case-insensitive (the PowerPlatformConnectors repository holds
 * readme.md, README.md and Readme.md alike); callers keep the original spelling to write it back.
 */
import { SIDECAR_FILE } from '../model/project';

export const PACKAGE_FILES = [
  'apiDefinition.swagger.json',
  'apiProperties.json',
  'readme.md',
  'script.csx',
  'icon.png',
  'intro.md',
  'settings.json',
  SIDECAR_FILE,
] as const;
export type PackageFileName = (typeof PACKAGE_FILES)[number];

const BY_LOWER_CASE = new Map<string, PackageFileName>(PACKAGE_FILES.map((name) => [name.toLowerCase(), name]));

/** The canonical name for a base name found in a package, or null when it is not a connector file. */
export function canonicalPackageName(baseName: string): PackageFileName | null {
  return BY_LOWER_CASE.get(baseName.toLowerCase()) ?? null;
}
