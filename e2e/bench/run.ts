// `npm run bench`: measures, prints, and exits 0. Benchmarks report numbers against their targets;
// they are not pass/fail tests (a loaded CI machine must not turn them red).
import { benchFirstLoad } from './firstLoad';
import { loadAverage, os } from './osInfo';
import { benchLargeResult } from './largeResult';
import { benchLogFlood } from './logFlood';
import { benchMillionMessages } from './millionMessages';
import { benchOpenLargeSession } from './openLargeSession';
import { benchProxyOverhead } from './proxyOverhead';
import { benchTapOverhead } from './tapOverhead';
import { formatReport, meetsTarget } from './stats';
import { benchToolList } from './toolListRendering';

const suites = [
  { title: 'Proxy overhead (server-everything over stdio)', run: benchProxyOverhead },
  { title: 'Tap overhead (a host through mcp-inspect tap, server-everything over stdio)', run: benchTapOverhead },
  { title: 'First load and idle memory (bundled demo server, Chromium)', run: benchFirstLoad },
  { title: 'Tools list in Chromium (fixture server with 1,000 tools)', run: benchToolList },
  { title: 'Large tool result in Chromium (5 MiB of text)', run: benchLargeResult },
  { title: 'The log under a 100,000-message stream (Chromium)', run: benchLogFlood },
  { title: 'Opening a saved 100,000-message session (Chromium)', run: benchOpenLargeSession },
  { title: 'A million messages: proxy memory and a page attaching (Chromium)', run: benchMillionMessages },
];

// BENCH_ONLY=word runs only the suites whose title contains it (case-insensitive), e.g. BENCH_ONLY=million.
const only = process.env.BENCH_ONLY?.toLowerCase();
const chosen = only ? suites.filter((suite) => suite.title.toLowerCase().includes(only)) : suites;
if (chosen.length === 0) throw new Error(`BENCH_ONLY=${process.env.BENCH_ONLY} names no suite: ${suites.map((suite) => suite.title).join('; ')}`);

console.log(`mcp-inspect bench on ${os()}`);
let missed = 0;
for (const suite of chosen) {
  const measurements = await suite.run();
  // Wall-clock figures grow with the machine's load, which changes over a run: each suite says its own.
  console.log(formatReport(`${suite.title}, load average ${loadAverage()}`, measurements));
  missed += measurements.filter((m) => meetsTarget(m) === false).length;
}
console.log(missed === 0 ? '\nAll targets met.' : `\n${missed} target(s) missed.`);
