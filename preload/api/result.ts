/** Errors cross the bridge as data (Electron's invoke would flatten thrown errors into one string). */
export interface ApiError {
  code: string;
  message: string;
  /** The file the error is about, when the renderer needs it (e.g. 'needs-conversion': the file to import). */
  path?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
