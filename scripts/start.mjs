// `npm start`: builds everything, then starts the desktop app when the Electron runtime is there, and
// otherwise says so in one line and serves web mode instead. Usage: node scripts/start.mjs [--port N]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePort, serveWeb } from './serve-web.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// electron's package downloads its binary on the first require; where the download is unreachable that
// fails within a second, where it is reachable the download may take a while.
const ELECTRON_CHECK_TIMEOUT_MS = 180_000;

function fail(message) {
  console.error(message);
  process.exit(1);
}

/** Runs `npm run build` (web and Electron), with npm's output shown. */
function build() {
  const npmCli = process.env.npm_execpath;
  const result = npmCli
    ? spawnSync(process.execPath, [npmCli, 'run', 'build'], { cwd: root, stdio: 'inherit' })
    : spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.error) fail(`Kunde inte köra npm run build: ${result.error.message}`);
  if (result.status !== 0) fail('Bygget misslyckades (se ovan); rätta felet och kör npm start igen.');
}

/**
 * The path of the Electron executable, or null when the runtime is missing. Checked in a child process
 * (its output kept out of sight), since `require('electron')` tries to download the binary and throws
 * when it cannot.
 */
function findElectron() {
  const result = spawnSync(process.execPath, ['-e', "process.stdout.write(String(require('electron')))"], {
    cwd: root,
    encoding: 'utf8',
    timeout: ELECTRON_CHECK_TIMEOUT_MS,
  });
  if (result.error || result.status !== 0) return null;
  // The path is the last line: a first install prints "Downloading Electron binary..." before it.
  const executable = result.stdout.trim().split('\n').at(-1)?.trim() ?? '';
  return executable !== '' && existsSync(executable) ? executable : null;
}

function runElectron(executable) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(executable, [root], { cwd: root, stdio: 'inherit', env });
  const forward = (signal) => () => child.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('error', (error) => fail(`Kunde inte starta Electron: ${error.message}`));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function main() {
  let port;
  try {
    port = parsePort(process.argv.slice(2));
  } catch (error) {
    fail(error.message);
  }
  build();
  const electron = findElectron();
  if (electron) {
    runElectron(electron);
    return;
  }
  console.log(
    'Electrons körmiljö kunde inte installeras på den här datorn (Electrons nedladdningar går inte att nå), så Spårbar startas i webbläget i stället.',
  );
  try {
    await serveWeb(port);
  } catch (error) {
    fail(error.message);
  }
}

await main();
