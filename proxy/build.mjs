// Builds the CLI into dist/proxy in two bundles. The launcher (`main.cjs`) is everything that runs
// before the URL is printed, in one CommonJS file: one file to read and compile, and no ES module
// loader to start (Node 20 has no compile cache; each file cost ~0.5 ms, the ESM loader ~8 ms).
// What it imports dynamically (the core, the /api routes, the subcommands) is the second bundle: ESM,
// dependencies inlined, split at dynamic imports, loaded after the URL is printed. Run by `npm run build:proxy`.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
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

/**
 * Points each dynamic import of our own modules in the launcher at the lazy bundle's entry of the same
 * name (`import('./check/checkCommand')` → `import('./checkCommand.js')`), and collects those entries.
 */
function lazyEntries(entries) {
  return {
    name: 'lazy-entries',
    setup(launcher) {
      launcher.onResolve({ filter: /^\./ }, ({ kind, path: imported, resolveDir }) => {
        if (kind !== 'dynamic-import') return undefined;
        const source = path.resolve(resolveDir, `${imported}.ts`);
        const name = path.basename(imported);
        if (entries[name] !== undefined && entries[name] !== source) throw new Error(`two lazy entries named ${name}: ${entries[name]}, ${source}`);
        entries[name] = source;
        return { path: `./${name}.js`, external: true };
      });
    },
  };
}

const shared = {
  outdir: 'dist/proxy',
  bundle: true,
  platform: 'node',
  target: 'node20.19',
  sourcemap: true,
  metafile: true,
  // `open` ships a shell script it finds beside its own files; server-everything is spawned by path;
  // ws's optional native add-ons are looked up at run time and may be absent.
  external: ['open', '@modelcontextprotocol/server-everything', 'bufferutil', 'utf-8-validate'],
  // jsonc-parser's `main` is a UMD build whose require() calls esbuild cannot follow; its ESM build bundles.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  logLevel: 'warning',
};

/**
 * esbuild escapes every non-ASCII character in code (`charset: 'ascii'`, its default) but keeps comments as
 * written, and one character above U+00FF in a comment (a dash, an arrow) makes V8 hold that whole file's
 * source as two bytes per character for as long as the proxy runs (1.5 MiB more for the core's chunks).
 * So any such character left in an output file is in a comment: replaced by `?`, one per UTF-16 unit,
 * which leaves the source maps' columns right. Node's own undici bundle does the same.
 */
async function keepSourcesOneByte(metafile) {
  for (const file of Object.keys(metafile.outputs).filter((name) => /\.c?js$/.test(name))) {
    const text = await readFile(file, 'utf8');
    const oneByte = text.replace(/[\u0100-\uffff]/g, '?');
    if (oneByte !== text) await writeFile(file, oneByte);
  }
}

// Chunk names carry content hashes: without a clean folder, every build would leave the last one's behind.
await rm('dist/proxy', { recursive: true, force: true });

const entries = {};
const launcher = await build({
  ...shared,
  entryPoints: { main: 'proxy/main.ts' },
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  // packageInfo and the demo target find files from their module's URL.
  define: { 'import.meta.url': '__moduleUrl' },
  banner: { js: "const __moduleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [lazyEntries(entries)],
});

const chain = staticPathTo(launcher.metafile.inputs, 'proxy/main.ts', (id) => LOADED_AFTER_READY.some((pattern) => pattern.test(`/${id}`)));
if (chain) {
  console.error(`proxy/build.mjs: start-up would load ${chain.at(-1)} before the URL is printed; import it lazily. Static import chain:\n  ${chain.join('\n  → ')}`);
  process.exit(1);
}

const lazy = await build({
  ...shared,
  // The tap's reporting thread is an entry too: a worker loads a file, not a chunk.
  entryPoints: { ...entries, tapWorker: 'proxy/tapWorker.ts' },
  entryNames: '[name]',
  splitting: true,
  format: 'esm',
  // Bundled CommonJS dependencies call require(); give ESM chunks a real one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
});

await keepSourcesOneByte(launcher.metafile);
await keepSourcesOneByte(lazy.metafile);
