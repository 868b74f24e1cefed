/**
 * The `app://sparbar/` protocol: serves the built renderer (dist/renderer) to the Electron window. Only
 * the host `sparbar` is served, only files inside the root folder, every response with the app's CSP.
 */
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/ports/csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'sparbar';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};
const FALLBACK_MIME_TYPE = 'application/octet-stream';

/** The Content-Type for a file name by its extension; unknown extensions are served as plain bytes. */
export function mimeTypeFor(fileName: string): string {
  return MIME_TYPES[path.extname(fileName).toLowerCase()] ?? FALLBACK_MIME_TYPE;
}

/**
 * The origin of a URL as `scheme://host[:port]`. Computed by hand because Node's URL gives the origin
 * `null` for schemes it does not know, such as `app:`. Returns null for URLs that do not parse.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.host === '' ? null : `${parsed.protocol}//${parsed.host}`;
}

/** True for URLs of the app's own origin, `app://sparbar`. */
export function isAppUrl(url: string): boolean {
  return originOf(url) === APP_ORIGIN;
}

// Windows device names open devices, not files, in any folder.
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d|conin\$|conout\$)(\..*)?$/i;
// Separators and drive or stream colons never belong in one segment.
const SEPARATORS = /[/\\:]/;

/** NUL and the other control characters never belong in a file name served here. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/**
 * Maps a URL path (as in `URL.pathname`, still percent-encoded) to a file inside `rootDir`, or null when
 * the path could reach outside it or is malformed. Each segment is decoded on its own, so an encoded
 * slash or backslash cannot create a new segment; `.`/`..` segments, drive letters, NUL bytes and
 * device names are refused, and the result is checked to lie inside `rootDir`.
 */
export function resolveRequestPath(rootDir: string, pathname: string): string | null {
  // `app://sparbar` with no path at all is the root.
  const fullPath = pathname === '' ? '/' : pathname;
  if (!fullPath.startsWith('/')) return null;
  const rawSegments = fullPath.slice(1).split('/');
  if (rawSegments.at(-1) === '') rawSegments[rawSegments.length - 1] = 'index.html';
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '' || segment === '.' || segment === '..') return null;
    if (SEPARATORS.test(segment) || hasControlCharacter(segment) || WINDOWS_DEVICE.test(segment)) return null;
    segments.push(segment);
  }
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, ...segments);
  const relative = path.relative(root, resolved);
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return null;
  return resolved;
}

export interface AppProtocolOptions {
  /** The folder served as the root of `app://sparbar/` (the built renderer). */
  rootDir: string;
  /** Reads a whole file; rejects with a Node error (code ENOENT, EISDIR...) when it cannot. */
  readFile: (absolutePath: string) => Promise<Uint8Array>;
}

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
};

function errorResponse(status: number, statusText: string): Response {
  return new Response(statusText, {
    status,
    statusText,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

const NOT_FOUND_CODES = new Set(['ENOENT', 'EISDIR', 'ENOTDIR', 'ENAMETOOLONG']);

function isNotFound(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && NOT_FOUND_CODES.has(code);
}

/** The handler for `protocol.handle('app', ...)`. */
export function createAppProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  const { rootDir, readFile } = options;
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return errorResponse(400, 'Bad Request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return errorResponse(403, 'Forbidden');
    if (request.method !== 'GET' && request.method !== 'HEAD') return errorResponse(405, 'Method Not Allowed');
    const filePath = resolveRequestPath(rootDir, url.pathname);
    if (filePath === null) return errorResponse(403, 'Forbidden');
    let bytes: Uint8Array;
    try {
      bytes = await readFile(filePath);
    } catch (error) {
      return isNotFound(error) ? errorResponse(404, 'Not Found') : errorResponse(500, 'Internal Server Error');
    }
    const headers = {
      ...SECURITY_HEADERS,
      'Content-Type': mimeTypeFor(filePath),
      'Content-Length': String(bytes.byteLength),
    };
    const body = request.method === 'HEAD' ? null : (bytes as Uint8Array<ArrayBuffer>);
    return new Response(body, { status: 200, headers });
  };
}
