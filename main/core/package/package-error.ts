/** Why a package zip was refused: a stable code for callers and a plain message naming the entry. */

export type PackageErrorCode =
  | 'not-a-zip'
  | 'truncated'
  | 'corrupt-entry'
  | 'unsafe-name'
  | 'symlink'
  | 'encrypted'
  | 'duplicate-entry'
  | 'nested-folder'
  | 'multiple-connectors'
  | 'too-many-entries'
  | 'entry-too-large'
  | 'total-too-large'
  | 'compression-ratio'
  | 'size-mismatch';

export class PackageError extends Error {
  override readonly name = 'PackageError';
  constructor(
    readonly code: PackageErrorCode,
    message: string,
    /** The zip entry at fault, when there is one. */
    readonly entry?: string,
  ) {
    super(message);
  }
}
