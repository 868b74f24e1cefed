#!/usr/bin/env node
// Builds the command line into dist/cli/sparbar.mjs (`npm run build:cli`; bin/sparbar.mjs calls it when
// the bundle is missing or older than its sources). Vite writes into a fresh temporary folder and the
// bundle is renamed into place, so two builds at once (parallel tests) never leave half a file.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI_BUNDLE = path.join(ROOT, 'dist', 'cli', 'sparbar.mjs');
const SOURCE_DIRS = ['cli', 'shared'].map((dir) => path.join(ROOT, dir));

/** The newest modification time of the TypeScript sources the bundle is built from. */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** The first line of a build error, without colours: "[UNRESOLVED_IMPORT] Could not resolve …". */
export function firstErrorLine(error) {
  const message = error?.errors?.[0]?.message ?? (error instanceof Error ? error.message : String(error));
  // eslint-disable-next-line no-control-regex -- ANSI colour codes
  return message.replace(/\u001b\[[0-9;]*m/g, '').trim().split('\n')[0];
}

/** True when dist/cli/sparbar.mjs is missing, or older than a source in cli/ or shared/. */
export function cliIsStale() {
  if (!existsSync(CLI_BUNDLE)) return true;
  const built = statSync(CLI_BUNDLE).mtimeMs;
  return SOURCE_DIRS.some((dir) => existsSync(dir) && newestSource(dir) > built);
}

/** Builds dist/cli/sparbar.mjs; `logLevel: 'silent'` when the caller reports failures itself. */
export async function buildCli({ logLevel = 'warn' } = {}) {
  const { build } = await import('vite');
  mkdirSync(path.join(ROOT, 'dist'), { recursive: true });
  const temporary = mkdtempSync(path.join(ROOT, 'dist', '.cli-build-'));
  try {
    await build({ configFile: path.join(ROOT, 'cli', 'vite.config.ts'), logLevel, build: { outDir: temporary } });
    mkdirSync(path.dirname(CLI_BUNDLE), { recursive: true });
    renameSync(path.join(temporary, 'sparbar.mjs'), CLI_BUNDLE);
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    await buildCli();
  } catch (error) {
    process.stderr.write(`build:cli failed: ${firstErrorLine(error)}\n`);
    process.exitCode = 1;
  }
}
