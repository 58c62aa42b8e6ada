/** Errors cross the bridge as data (Electron's invoke would flatten thrown errors into one string). */
export interface ApiError {
  code: string;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
