/**
 * The Content-Security-Policy the renderer runs under, in the app (app:// protocol) and in e2e tests alike.
 * TOOLCHAIN.md: Monaco needs inline styles and blob: workers; nothing else is loosened.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "worker-src 'self' blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
  "form-action 'none'; frame-ancestors 'none'";
