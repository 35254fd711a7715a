import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import type { Plugin } from 'vite';

/**
 * Monaco (~4 MB) must load only when a JSON editor opens (client/src/ui/JsonEditor.tsx imports it
 * lazily). This fails the build if any of it lands in the entry chunk, e.g. through a static import.
 */
function keepMonacoOutOfEntry(): Plugin {
  return {
    name: 'keep-monaco-out-of-entry',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        const monacoModule = chunk.moduleIds.find((id) => id.includes('/node_modules/monaco-editor/'));
        if (monacoModule) this.error(`Monaco was bundled into the entry chunk ${chunk.fileName} (via ${monacoModule}); import it lazily`);
      }
    },
  };
}

// The UI is a static build that the proxy serves from dist/client; nothing is loaded from a CDN
// (Monaco and its workers are bundled as their own chunks).
export default defineConfig({
  root: 'client',
  base: './',
  plugins: [react(), tailwindcss(), keepMonacoOutOfEntry()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
  },
});
