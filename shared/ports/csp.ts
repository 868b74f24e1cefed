/**
 * The Content Security Policy of the app, the same in the Electron window (as a header from the app://
 * protocol handler) and in web mode (as a header from the preview server and a meta tag in index.html).
 * No inline script, no remote anything: the app makes no network request of any kind.
 */
const DIRECTIVES = [
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
];

/** The policy as an HTTP header (Electron's protocol handler, the web-mode server). */
export const CONTENT_SECURITY_POLICY = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/** The policy as a <meta> tag in index.html: browsers ignore frame-ancestors there, so it is left out. */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');
