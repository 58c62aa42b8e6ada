/** A project could not be opened or saved: `message` is written for the user, `code` for the code. */
export type ProjectErrorCode =
  | 'not-found'
  | 'not-a-connector'
  | 'too-large'
  | 'unreadable'
  | 'bad-package'
  | 'needs-conversion'
  /** A portal package zip (intro.md and the Package Deployer zip): no connector files to open. */
  | 'portal-package'
  | 'unsupported'
  | 'write-failed';

export class ProjectError extends Error {
  override name = 'ProjectError';
  constructor(
    readonly code: ProjectErrorCode,
    message: string,
  ) {
    super(message);
  }
}
