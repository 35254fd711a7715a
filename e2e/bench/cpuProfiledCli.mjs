// Runs the built CLI under the V8 profiler and writes a .cpuprofile into $BENCH_CPU_PROF_DIR when it
// exits (Node 20 refuses --cpu-prof in NODE_OPTIONS, and the fixtures spawn the CLI themselves);
// BENCH_PROXY_CLI names another build's main.cjs (or main.js) to profile.
// Open the file in Chrome DevTools (Performance) or summarise it with `node e2e/bench/cpuProfileTop.mjs`.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const session = new Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.setSamplingInterval', { interval: 100 });
session.post('Profiler.start');
process.on('exit', () => {
  // An in-thread session answers synchronously, so the profile is written before the process ends.
  session.post('Profiler.stop', (error, result) => {
    if (error) return;
    writeFileSync(path.join(process.env.BENCH_CPU_PROF_DIR ?? '.', `proxy-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
  });
});
const cli = process.env.BENCH_PROXY_CLI ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/proxy/main.cjs');
process.argv.splice(1, 1, cli);
await import(pathToFileURL(cli).href);
