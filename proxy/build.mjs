// Builds the CLI into dist/proxy: one ESM bundle with its dependencies inlined (fewer files to
// resolve at start-up) and split at dynamic imports, so the core (SDK client, zod) loads after the
// URL is printed. Run by `npm run build:proxy`.
import { rm } from 'node:fs/promises';
import { build } from 'esbuild';

// What must not load before the URL is printed (each costs 5–15 MiB and tens of ms to load): reached
// from proxy/main.ts only through a dynamic import(). A static import path to one fails the build.
const LOADED_AFTER_READY = [/\/node_modules\/zod\//, /\/node_modules\/@modelcontextprotocol\//, /\/node_modules\/express\//, /\/node_modules\/ws\//];

/** The first static import chain from `entry` to a module `isHeavy` accepts, or undefined. */
function staticPathTo(inputs, entry, isHeavy) {
  const parents = new Map([[entry, undefined]]);
  const queue = [entry];
  while (queue.length > 0) {
    const id = queue.shift();
    if (isHeavy(id)) {
      const chain = [];
      for (let at = id; at !== undefined; at = parents.get(at)) chain.unshift(at);
      return chain;
    }
    for (const imported of inputs[id]?.imports ?? []) {
      if (imported.kind === 'dynamic-import' || imported.external || parents.has(imported.path)) continue;
      parents.set(imported.path, id);
      queue.push(imported.path);
    }
  }
  return undefined;
}

// Chunk names carry content hashes: without a clean folder, every build would leave the last one's behind.
await rm('dist/proxy', { recursive: true, force: true });

const result = await build({
  // The tap's reporting thread is a second entry: a worker loads a file, not a chunk.
  entryPoints: { main: 'proxy/main.ts', tapWorker: 'proxy/tapWorker.ts' },
  outdir: 'dist/proxy',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  sourcemap: true,
  metafile: true,
  // `open` ships a shell script it finds beside its own files; server-everything is spawned by path;
  // ws's optional native add-ons are looked up at run time and may be absent.
  external: ['open', '@modelcontextprotocol/server-everything', 'bufferutil', 'utf-8-validate'],
  // jsonc-parser's `main` is a UMD build whose require() calls esbuild cannot follow; its ESM build bundles.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  // Bundled CommonJS dependencies call require(); give ESM chunks a real one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});

const chain = staticPathTo(result.metafile.inputs, 'proxy/main.ts', (id) => LOADED_AFTER_READY.some((pattern) => pattern.test(`/${id}`)));
if (chain) {
  console.error(`proxy/build.mjs: start-up would load ${chain.at(-1)} before the URL is printed; import it lazily. Static import chain:\n  ${chain.join('\n  → ')}`);
  process.exit(1);
}
