import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from './shared/ports/csp.ts';
import { DEV_PORT, WEB_MODE_PORT } from './scripts/webModePort.mjs';

/** Adds the strict CSP to the built index.html (not in dev, where Vite injects inline scripts). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'sparbar-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`,
      );
    },
  };
}

const PDFJS_DIR = path.resolve(import.meta.dirname, 'node_modules/pdfjs-dist');
const PDFJS_ASSET_DIRS = ['cmaps', 'standard_fonts', 'wasm'];

/** pdf.js's character maps and standard fonts, served at /pdfjs/ in dev and copied there in the build. */
function pdfjsAssets(): Plugin {
  return {
    name: 'sparbar-pdfjs-assets',
    configureServer(server) {
      server.middlewares.use('/pdfjs/', (request, response, next) => {
        const relative = decodeURIComponent((request.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '');
        const [dir, ...rest] = relative.split('/');
        const file = path.resolve(PDFJS_DIR, dir ?? '', ...rest);
        if (!PDFJS_ASSET_DIRS.includes(dir ?? '') || !file.startsWith(PDFJS_DIR + path.sep) || !existsSync(file) || !statSync(file).isFile()) return next();
        createReadStream(file).pipe(response);
      });
    },
    generateBundle() {
      for (const dir of PDFJS_ASSET_DIRS) {
        for (const name of readdirSync(path.join(PDFJS_DIR, dir))) {
          this.emitFile({ type: 'asset', fileName: `pdfjs/${dir}/${name}`, source: readFileSync(path.join(PDFJS_DIR, dir, name)) });
        }
      }
    },
  };
}

// The renderer: one build serves web mode (vite preview on 127.0.0.1) and the Electron window (app://).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicy(), pdfjsAssets()],
  worker: { format: 'es' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
  },
  server: { host: '127.0.0.1', port: DEV_PORT, strictPort: true },
  preview: {
    host: '127.0.0.1',
    port: WEB_MODE_PORT,
    strictPort: true,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
});
