import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// Main and preload are bundled for Electron; the renderer is an ordinary Vite build that `npm run web` serves too.
export default defineConfig({
  main: {
    build: {
      outDir: 'dist/main',
      rollupOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'dist/preload',
      // A sandboxed preload cannot require anything but a few Electron modules: bundle everything, as CommonJS.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: 'dist/renderer',
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
