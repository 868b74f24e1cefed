// Serves the built renderer (dist/renderer) in web mode on 127.0.0.1 only, with Vite's preview server and
// the settings of vite.config.ts (the strict CSP header included). Usage: node scripts/serve-web.mjs [--port N]
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { WEB_MODE_PORT } from './webModePort.mjs';

const HOST = '127.0.0.1';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The port from `--port N` or `--port=N`, else web mode's own (webModePort.mjs); throws a message when it is not a port. */
export function parsePort(args) {
  let value;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--port') value = args[i + 1];
    else if (arg.startsWith('--port=')) value = arg.slice('--port='.length);
  }
  if (value === undefined) return WEB_MODE_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`--port måste vara ett heltal mellan 1 och 65535 (fick "${value}").`);
  }
  return port;
}

/**
 * Starts the preview server on 127.0.0.1:port and prints the one line saying where; rejects with a
 * message that says what to do when the build is missing or the port is taken.
 */
export async function serveWeb(port) {
  if (!existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
    throw new Error('Webbläget är inte byggt: dist/renderer/index.html saknas — kör npm run build:web först.');
  }
  // vite.config.ts gives its root ('renderer') relative to the working folder.
  process.chdir(root);
  let server;
  try {
    server = await preview({
      configFile: path.join(root, 'vite.config.ts'),
      logLevel: 'warn',
      preview: { host: HOST, port, strictPort: true, open: false },
    });
  } catch (error) {
    throw new Error(`Kunde inte starta webbläget på ${HOST}:${port}: ${error.message}`);
  }
  console.log(`Spårbar (webbläge) körs på http://${HOST}:${port}/ — öppna adressen i en webbläsare. Avsluta med Ctrl+C.`);
  const stop = () => {
    server.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return server;
}

async function main() {
  try {
    await serveWeb(parsePort(process.argv.slice(2)));
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
