import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './shared/security/contentSecurityPolicy';

// The page carries the same policy as the headers, so it holds even where a header could be lost.
const injectContentSecurityPolicy: Plugin = {
  name: 'tidings-csp',
  transformIndexHtml: (html) => html.replace('%TIDINGS_CSP%', contentSecurityPolicy),
};

// Main and preload are bundled for Electron; the renderer is an ordinary Vite build that `npm run web` serves too.
export default defineConfig({
  main: {
    build: {
      outDir: 'dist/main',
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          // Feed parsing runs in worker threads; electron/feeds/worker/feedReader.ts looks for this file beside index.js.
          feedParseWorker: resolve('electron/feeds/worker/parseWorker.ts'),
          // Article pages are read in a worker too; electron/fulltext/worker/pageReader.ts looks for this file beside index.js.
          fullTextWorker: resolve('electron/fulltext/worker/extractWorker.ts'),
        },
      },
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
    plugins: [react(), injectContentSecurityPolicy],
    build: {
      outDir: 'dist/renderer',
      minify: true,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
