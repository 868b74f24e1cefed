// Builds the bare work of the report benchmark (tests/bench/bareReport.ts) as one script that
// scripts/benchReport.mjs evaluates in the app's page: dist/bench-report/bareReport.js.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  publicDir: false,
  logLevel: 'warn',
  // The store's index also carries its React hooks, which read process.env.NODE_ENV: a library build keeps it.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist/bench-report',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    lib: { entry: 'tests/bench/bareReport.ts', formats: ['iife'], name: 'sparbarBareReportBundle', fileName: () => 'bareReport.js' },
  },
});
