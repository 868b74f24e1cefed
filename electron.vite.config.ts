import { defineConfig } from 'electron-vite';

// electron-vite builds only the main process and the preload; the renderer is built by `vite build`
// (vite.config.ts) into dist/renderer and served to the window over app://. With no renderer section
// electron-vite prints "(!) renderer config is missing" and builds the two targets below.
// Paths are relative to the project root, where npm runs the build.
const outDir = 'dist/electron';

export default defineConfig({
  main: {
    build: {
      outDir,
      // Main builds first and may clear the folder; the preload must not, or main.cjs would go.
      emptyOutDir: true,
      lib: { entry: 'electron/main.ts', formats: ['cjs'], fileName: () => 'main.cjs' },
      rolldownOptions: { external: ['electron'], output: { format: 'cjs', entryFileNames: 'main.cjs' } },
      // Everything the main process imports (shared/) is bundled; nothing comes from node_modules at run time.
      externalizeDeps: false,
    },
  },
  preload: {
    build: {
      outDir,
      emptyOutDir: false,
      // A sandboxed preload loads one CommonJS file that may require only 'electron': the contract is
      // bundled in, nothing is split into chunks.
      lib: { entry: 'electron/preload.cts', formats: ['cjs'], fileName: () => 'preload.cjs' },
      rolldownOptions: {
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: 'preload.cjs', codeSplitting: false },
      },
      externalizeDeps: false,
    },
  },
});
