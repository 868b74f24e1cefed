// Builds the Node side of the benchmarks (tests/bench/importThroughput.ts) into dist/bench, like the CLI.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: 'dist/bench',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      input: { importThroughput: 'tests/bench/importThroughput.ts', codingEvaluation: 'tests/bench/codingEvaluation.ts', searchWorstCase: 'tests/bench/searchWorstCase.ts', matrixAnalysis: 'tests/bench/matrixAnalysis.ts', factorJudgements: 'tests/bench/factorJudgements.ts', cryptoContainer: 'tests/bench/cryptoContainer.ts', hostileLimits: 'tests/bench/hostileLimits.ts', tableWorkerPath: 'tests/bench/tableWorkerPath.ts' },
      output: { format: 'es', entryFileNames: '[name].mjs' },
    },
  },
  ssr: { target: 'node', noExternal: true, external: ['pdfjs-dist', 'mammoth', 'docx', 'papaparse'] },
});
