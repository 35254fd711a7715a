// `npm run bench`: measures, prints, and exits 0. Benchmarks report numbers against their targets;
// they are not pass/fail tests (a loaded CI machine must not turn them red).
import { benchFirstLoad } from './firstLoad';
import { loadAverage, os } from './osInfo';
import { benchLargeResult } from './largeResult';
import { benchLogFlood } from './logFlood';
import { benchMillionMessages } from './millionMessages';
import { benchOpenLargeSession } from './openLargeSession';
import { benchPageMemory } from './pageMemory';
import { benchProxyOverhead } from './proxyOverhead';
import { benchTapOverhead } from './tapOverhead';
import { formatReport, meetsTarget } from './stats';
import { benchToolList } from './toolListRendering';

const suites = [
  { id: 'proxy', title: 'Proxy overhead (server-everything over stdio)', run: benchProxyOverhead },
  { id: 'tap', title: 'Tap overhead (a host through mcp-inspect tap, server-everything over stdio)', run: benchTapOverhead },
  { id: 'first-load', title: 'First load and idle memory (bundled demo server, Chromium)', run: benchFirstLoad },
  { id: 'tool-list', title: 'Tools list in Chromium (fixture server with 1,000 tools)', run: benchToolList },
  { id: 'large-result', title: 'Large tool result in Chromium (5 MiB of text)', run: benchLargeResult },
  { id: 'log-flood', title: 'The log under a 100,000-message stream (Chromium)', run: benchLogFlood },
  { id: 'page-memory', title: 'A page attached to a stream twice its event limit: its memory (Chromium)', run: benchPageMemory },
  { id: 'saved-session', title: 'Opening a saved 100,000-message session (Chromium)', run: benchOpenLargeSession },
  { id: 'million', title: 'A million messages: proxy memory and a page attaching (Chromium)', run: benchMillionMessages },
];

// BENCH_ONLY=id[,id…] runs only those suites, e.g. BENCH_ONLY=proxy,tap (ids, not words of a title:
// "proxy" is also in the million-message suite's title).
const only = process.env.BENCH_ONLY?.split(',').map((id) => id.trim()).filter(Boolean);
const unknown = only?.filter((id) => !suites.some((suite) => suite.id === id)) ?? [];
if (unknown.length > 0) throw new Error(`BENCH_ONLY names no suite ${unknown.join(', ')}; the suites are ${suites.map((suite) => suite.id).join(', ')}`);
const chosen = only && only.length > 0 ? suites.filter((suite) => only.includes(suite.id)) : suites;

console.log(`mcp-inspect bench on ${os()}`);
let missed = 0;
for (const suite of chosen) {
  const measurements = await suite.run();
  // Wall-clock figures grow with the machine's load, which changes over a run: each suite says its own.
  console.log(formatReport(`${suite.title}, load average ${loadAverage()}`, measurements));
  missed += measurements.filter((m) => meetsTarget(m) === false).length;
}
console.log(missed === 0 ? '\nAll targets met.' : `\n${missed} target(s) missed.`);
