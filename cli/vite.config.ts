// Builds the command line (cli/sparbar.ts) for Node into one file, dist/cli/sparbar.mjs, with shared/
// and its parsers bundled in. pdfjs-dist and @resvg/resvg-wasm stay external: they load from node_modules
// at run time, with their worker, data and font files and WebAssembly (cli/nodeSvgRasterizer.ts). Run through bin/buildCli.mjs (`npm run build:cli`), which writes the
// bundle atomically so concurrent builds never leave half a file.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: 'cli/sparbar.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: { output: { format: 'es', entryFileNames: 'sparbar.mjs' } },
  },
  ssr: { target: 'node', noExternal: true, external: ['pdfjs-dist', '@resvg/resvg-wasm'] },
});
