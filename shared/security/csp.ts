/**
 * The Content Security Policy of the app, the same in the Electron window (as a header from the app://
 * protocol handler) and in web mode (as a header from the preview server and a meta tag in index.html).
 * No inline script, no remote anything: the app makes no network request of any kind.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
