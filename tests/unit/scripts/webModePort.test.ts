/**
 * Web mode's port: defined once (scripts/webModePort.mjs), used by everything that serves web mode, and one
 * that no common tool serves on by default, since any page served from the same origin shares Spårbar's
 * IndexedDB.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BENCH_PORT, DEV_PORT, PROFILE_BENCH_PORT, PROFILE_TABLES_PORT, WEB_MODE_PORT } from '../../../scripts/webModePort.mjs';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** Ports that development tools and servers listen on out of the box. */
const TOOL_DEFAULTS = [
  80, 443, 1234, 3000, 3001, 3030, 3333, 4000, 4173, 4200, 4321, 4444, 4567, 5000, 5001, 5173, 5174, 5500, 5555, 6006, 7000, 7070, 8000,
  8001, 8008, 8080, 8081, 8082, 8088, 8443, 8787, 8888, 9000, 9001, 9009, 9090, 9229, 9323, 10000, 19000, 19006, 24678,
];

/** The ports of Debian's /etc/services (none where the file is missing). */
function servicesPorts(): Set<number> {
  if (!existsSync('/etc/services')) return new Set();
  const ports = readFileSync('/etc/services', 'utf8').matchAll(/^[^#\s]+\s+(\d+)\//gm);
  return new Set([...ports].map((match) => Number(match[1])));
}

describe('web mode port', () => {
  const ports = [WEB_MODE_PORT, BENCH_PORT, PROFILE_BENCH_PORT, PROFILE_TABLES_PORT, DEV_PORT];

  it.each(ports)('%i is a user port no common tool serves on, outside the ephemeral ranges', (port) => {
    expect(Number.isInteger(port)).toBe(true);
    expect(port).toBeGreaterThan(1023);
    // Linux hands out 32768-60999 to outgoing connections, Windows 49152-65535.
    expect(port).toBeLessThan(32768);
    expect(TOOL_DEFAULTS).not.toContain(port);
    expect(servicesPorts().has(port)).toBe(false);
  });

  it('web mode, the benchmark, its two profiles and the dev server each have their own', () => {
    expect(new Set(ports).size).toBe(ports.length);
  });

  it('serve-web.mjs (npm start, npm run web) serves on it unless told another', async () => {
    const serveWeb = (await import(pathToFileURL(path.join(ROOT, 'scripts/serve-web.mjs')).href)) as { parsePort(args: string[]): number };
    expect(serveWeb.parsePort([])).toBe(WEB_MODE_PORT);
    expect(serveWeb.parsePort(['--port', '4321'])).toBe(4321);
    expect(() => serveWeb.parsePort(['--port=0'])).toThrow(/--port/);
  });

  it("vite.config.ts's preview serves on it, and its dev server on the dev port", async () => {
    type Config = { preview?: { port?: number }; server?: { port?: number } };
    const config = (await import(pathToFileURL(path.join(ROOT, 'vite.config.ts')).href)) as { default: Config };
    expect(config.default.preview?.port).toBe(WEB_MODE_PORT);
    expect(config.default.server?.port).toBe(DEV_PORT);
  });

  it('everything that starts web mode takes its port from webModePort.mjs, with no port of its own', () => {
    for (const file of ['scripts/serve-web.mjs', 'scripts/bench.mjs', 'scripts/profileBench.mjs', 'vite.config.ts']) {
      expect(read(file), file).toMatch(/from '\.\/(?:scripts\/)?webModePort\.mjs'/);
      expect(read(file), file).not.toMatch(/\b(?:PORT|port)\s*[=:]\s*\d{4,5}\b/);
    }
  });

  it('the README and the release note give the address, and the old one only to move data from', () => {
    for (const file of ['README.md', 'CHANGELOG.md']) {
      expect(read(file), file).toContain(`http://127.0.0.1:${WEB_MODE_PORT}/`);
      expect(read(file), file).toContain('npm run web -- --port 4173');
    }
    expect(read('README.md')).not.toContain('127.0.0.1:4173');
  });
});
