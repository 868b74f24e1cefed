// Builds the bare work of the evaluation-file benchmark (tests/bench/bareEvaluationFile.ts) as one script
// that scripts/benchEvaluationFile.mjs evaluates in the app's page: dist/bench-web/bareEvaluationFile.js.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: 'dist/bench-web',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    lib: { entry: 'tests/bench/bareEvaluationFile.ts', formats: ['iife'], name: 'sparbarBareBundle', fileName: () => 'bareEvaluationFile.js' },
  },
});
