import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  APP_ENTRY_URL,
  createAppProtocolHandler,
  isAppUrl,
  mimeTypeFor,
  originOf,
  resolveRequestPath,
} from '../../../electron/protocol';
import { CONTENT_SECURITY_POLICY } from '../../../shared/ports/csp';

// A real folder: dist/renderer inside it is served, a secret beside it must never be.
let base: string;
let rootDir: string;
const SECRET = 'secret outside the root';
const INDEX = '<!doctype html><title>Spårbar</title>';

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'sparbar-protocol-'));
  rootDir = path.join(base, 'dist', 'renderer');
  await mkdir(path.join(rootDir, 'assets'), { recursive: true });
  await writeFile(path.join(rootDir, 'index.html'), INDEX);
  await writeFile(path.join(rootDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(base, 'secret.txt'), SECRET);
  await writeFile(path.join(base, 'dist', 'secret.txt'), SECRET);
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

function realHandler() {
  const read = vi.fn((file: string) => readFile(file));
  return { handler: createAppProtocolHandler({ rootDir, readFile: read }), read };
}

function expectSecurityHeaders(response: Response) {
  expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
}

describe('app:// protocol handler', () => {
  it('serves index.html for the entry URL, for / and for the bare origin', async () => {
    const { handler } = realHandler();
    for (const url of [APP_ENTRY_URL, 'app://sparbar/', 'app://sparbar']) {
      const response = await handler(new Request(url));
      expect(response.status, url).toBe(200);
      expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
      expectSecurityHeaders(response);
      expect(await response.text()).toBe(INDEX);
    }
  });

  it('serves files in subfolders', async () => {
    const { handler } = realHandler();
    const response = await handler(new Request('app://sparbar/assets/app.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 for a missing file and for a folder, with the security headers', async () => {
    const { handler } = realHandler();
    for (const url of ['app://sparbar/missing.js', 'app://sparbar/assets']) {
      const response = await handler(new Request(url));
      expect(response.status, url).toBe(404);
      expectSecurityHeaders(response);
    }
  });

  const traversals = [
    'app://sparbar/../secret.txt',
    'app://sparbar/../../secret.txt',
    'app://sparbar/%2e%2e/secret.txt',
    'app://sparbar/%2E%2E/%2e%2e/secret.txt',
    'app://sparbar/.%2e/secret.txt',
    'app://sparbar/assets/../../secret.txt',
    'app://sparbar/..%2fsecret.txt',
    'app://sparbar/..%2Fsecret.txt',
    'app://sparbar/%2e%2e%2fsecret.txt',
    'app://sparbar/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://sparbar/..%5csecret.txt',
    'app://sparbar/..%5Csecret.txt',
    'app://sparbar/..\\secret.txt',
    'app://sparbar/assets%2f..%2f..%2fsecret.txt',
    'app://sparbar//etc/passwd',
    'app://sparbar/%2fetc%2fpasswd',
    'app://sparbar/%2Fetc/passwd',
    'app://sparbar/C:%5cWindows%5cwin.ini',
    'app://sparbar/C:/Windows/win.ini',
    'app://sparbar/%5c%5cserver%5cshare%5cfile',
    'app://sparbar/index.html%00.png',
    'app://sparbar/%00',
    'app://sparbar/%E0%A4%A',
    'app://sparbar/nul',
    'app://sparbar/CON.txt',
  ];

  it.each(traversals)('never serves anything outside the root: %s', async (url) => {
    const { handler, read } = realHandler();
    const response = await handler(new Request(url));
    expect([403, 404]).toContain(response.status);
    expectSecurityHeaders(response);
    expect(await response.text()).not.toContain(SECRET);
    for (const [file] of read.mock.calls) {
      const relative = path.relative(rootDir, file);
      expect(relative.startsWith('..') || path.isAbsolute(relative), `${url} read ${file}`).toBe(false);
    }
  });

  it('refuses encoded separators, absolute paths and NUL bytes outright (403, nothing read)', async () => {
    const { handler, read } = realHandler();
    for (const url of ['app://sparbar/..%2fsecret.txt', 'app://sparbar/..%5csecret.txt', 'app://sparbar//etc/passwd', 'app://sparbar/index.html%00']) {
      expect((await handler(new Request(url))).status, url).toBe(403);
    }
    expect(read).not.toHaveBeenCalled();
  });

  it('refuses other hosts, other schemes and ports, without reading anything', async () => {
    const { handler, read } = realHandler();
    for (const url of ['app://evil/index.html', 'app://sparbar.evil/index.html', 'app://sparbar:8080/index.html', 'https://sparbar/index.html', 'file:///index.html']) {
      const response = await handler(new Request(url));
      expect(response.status, url).toBe(403);
      expectSecurityHeaders(response);
    }
    expect(read).not.toHaveBeenCalled();
  });

  it('answers only GET and HEAD; HEAD has no body', async () => {
    const { handler } = realHandler();
    expect((await handler(new Request(APP_ENTRY_URL, { method: 'POST', body: 'x' }))).status).toBe(405);
    const head = await handler(new Request(APP_ENTRY_URL, { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expectSecurityHeaders(head);
    expect(await head.text()).toBe('');
  });

  it('answers 500 (not the error) when reading fails for another reason', async () => {
    const handler = createAppProtocolHandler({
      rootDir,
      readFile: () => Promise.reject(Object.assign(new Error('EACCES: /private/path'), { code: 'EACCES' })),
    });
    const response = await handler(new Request(APP_ENTRY_URL));
    expect(response.status).toBe(500);
    expectSecurityHeaders(response);
    expect(await response.text()).not.toContain('/private/path');
  });

  it('gives each served type its MIME type', async () => {
    const types: Record<string, string> = {
      'a.html': 'text/html; charset=utf-8',
      'a.js': 'text/javascript; charset=utf-8',
      'a.mjs': 'text/javascript; charset=utf-8',
      'a.css': 'text/css; charset=utf-8',
      'a.json': 'application/json; charset=utf-8',
      'a.svg': 'image/svg+xml',
      'a.png': 'image/png',
      'a.ico': 'image/x-icon',
      'a.woff2': 'font/woff2',
      'a.wasm': 'application/wasm',
      'a.js.map': 'application/json; charset=utf-8',
      'a.txt': 'text/plain; charset=utf-8',
      'A.PNG': 'image/png',
      'a.unknown': 'application/octet-stream',
    };
    const handler = createAppProtocolHandler({ rootDir: '/srv/root', readFile: async () => new Uint8Array([1, 2, 3]) });
    for (const [name, type] of Object.entries(types)) {
      expect(mimeTypeFor(name), name).toBe(type);
      const response = await handler(new Request(`app://sparbar/assets/${name}`));
      expect(response.headers.get('Content-Type'), name).toBe(type);
      expectSecurityHeaders(response);
    }
  });
});

describe('resolveRequestPath', () => {
  const root = path.resolve('/srv/root');

  it('maps paths inside the root and / to index.html', () => {
    expect(resolveRequestPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveRequestPath(root, '')).toBe(path.join(root, 'index.html'));
    expect(resolveRequestPath(root, '/assets/')).toBe(path.join(root, 'assets', 'index.html'));
    expect(resolveRequestPath(root, '/assets/a%20b.js')).toBe(path.join(root, 'assets', 'a b.js'));
    expect(resolveRequestPath(root, '/%C3%A5.txt')).toBe(path.join(root, 'å.txt'));
    // A name that merely starts with two dots is a file inside the root.
    expect(resolveRequestPath(root, '/..chunk.js')).toBe(path.join(root, '..chunk.js'));
  });

  it('refuses raw dot segments that a URL parser did not remove', () => {
    for (const pathname of ['/../secret', '/a/../../secret', '/./index.html', '/%2e%2e/secret', '/%2E./secret', 'relative/path']) {
      expect(resolveRequestPath(root, pathname), pathname).toBeNull();
    }
  });
});

describe('origins', () => {
  it('computes app:// origins that Node reports as null', () => {
    expect(new URL('app://sparbar/index.html').origin).toBe('null');
    expect(originOf('app://sparbar/index.html')).toBe('app://sparbar');
    expect(originOf('https://example.com:8443/a')).toBe('https://example.com:8443');
    expect(originOf('not a url')).toBeNull();
    expect(isAppUrl('app://sparbar/x')).toBe(true);
    expect(isAppUrl('app://sparbar.evil/x')).toBe(false);
    expect(isAppUrl('app://evil/x')).toBe(false);
  });
});
