import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
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

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|ttf|txt|wasm)$/;

/**
 * Writes a brotli (`.br`, quality 11, 9 over 1 MiB) and a gzip (`.gz`, level 9) copy beside every compressible file
 * of the build, so the proxy sends them as they are (proxy/http/staticAssets.ts) and never compresses
 * per request. Source maps, and copies that would not be smaller, are skipped.
 */
function precompress(): Plugin {
  const compressBrotli = promisify(brotliCompress);
  const compressGzip = promisify(gzip);
  let outDir = '';
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const files = (await readdir(outDir, { recursive: true })).filter((file) => COMPRESSIBLE.test(file));
      await Promise.all(
        files.map(async (file) => {
          const bytes = await readFile(path.join(outDir, file));
          // Quality 11 costs ~7 s of CPU on Monaco's 4 MB for 9% less than quality 9: not worth it on lazy chunks that size.
          const quality = bytes.length > 2 ** 20 ? 9 : 11;
          const brotliParams = { [zlibConstants.BROTLI_PARAM_QUALITY]: quality, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bytes.length };
          const [brotli, gzipped] = await Promise.all([compressBrotli(bytes, { params: brotliParams }), compressGzip(bytes, { level: 9 })]);
          if (brotli.length < bytes.length) await writeFile(path.join(outDir, `${file}.br`), brotli);
          if (gzipped.length < bytes.length) await writeFile(path.join(outDir, `${file}.gz`), gzipped);
        }),
      );
    },
  };
}

// The UI is a static build that the proxy serves from dist/client; nothing is loaded from a CDN
// (Monaco and its workers are bundled as their own chunks).
export default defineConfig({
  root: 'client',
  base: './',
  plugins: [react(), tailwindcss(), keepMonacoOutOfEntry(), precompress()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
  },
});
