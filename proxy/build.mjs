// Builds the CLI into dist/proxy: one ESM bundle with its dependencies inlined (fewer files to
// resolve at start-up) and split at dynamic imports, so the core (SDK client, zod) loads after the
// URL is printed. Run by `npm run build:proxy`.
import { rm } from 'node:fs/promises';
import { build } from 'esbuild';

// Chunk names carry content hashes: without a clean folder, every build would leave the last one's behind.
await rm('dist/proxy', { recursive: true, force: true });

await build({
  entryPoints: { main: 'proxy/main.ts' },
  outdir: 'dist/proxy',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  sourcemap: true,
  // `open` ships a shell script it finds beside its own files; server-everything is spawned by path;
  // ws's optional native add-ons are looked up at run time and may be absent.
  external: ['open', '@modelcontextprotocol/server-everything', 'bufferutil', 'utf-8-validate'],
  // jsonc-parser's `main` is a UMD build whose require() calls esbuild cannot follow; its ESM build bundles.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  // Bundled CommonJS dependencies call require(); give ESM chunks a real one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
