/**
 * The Content Security Policy of the app, the same in the Electron window (as a header from the app://
 * protocol handler) and in web mode (as a header from the preview server and a meta tag in index.html).
 * No inline script, no remote anything: the app makes no network request of any kind.
 * `'wasm-unsafe-eval'` lets the page compile WebAssembly, and nothing else: it allows neither eval() nor
 * inline script. Argon2id, which derives the key of an encrypted evaluation file, runs as WebAssembly
 * (hash-wasm, shared/formats/crypto/argon2id.ts); without it Chromium refuses WebAssembly.compile and
 * encryption falls back to the weaker PBKDF2.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
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
