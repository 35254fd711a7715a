// Opening a big saved session: a 100,000-message file (tens of MB, made from the golden recording of
// server-everything with 50,000 more tool calls) is opened as `mcp-inspect open FILE` and from the
// Sessions page's listing. The browser never reads the file: the proxy reads it (off the page), and the
// page gets the same snapshot as a live session. Reports the proxy's read, the first screen, the log
// complete and the page's longest task. `npx tsx e2e/bench/openLargeSession.ts` runs it alone.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GOLDEN } from '../assets/recordGoldenSessions';
import { startProxy } from '../fixtures/proxyProcess';
import { SessionFolder } from '../../proxy/sessions/sessionFolder';
import { SessionSummaries } from '../../proxy/sessions/sessionSummaries';
import { launchChromium } from './browserPage';
import type { Measurement } from './stats';

const CALLS = Number(process.env.SESSION_BENCH_CALLS ?? 50_000);

/** The golden file with CALLS tool calls and answers inserted before its last connection summary. */
export function bigSession(file: string): number {
  const lines = readFileSync(GOLDEN.everything, 'utf8').trimEnd().split('\n');
  const entries = lines.slice(1).map((line) => JSON.parse(line) as { type: string; seq: number; time: number });
  const lastEvent = entries.filter((entry) => entry.type === 'event').at(-1)!;
  const tail = lines.slice(1 + entries.indexOf(lastEvent) + 1);
  const out = [...lines.slice(0, 1 + entries.indexOf(lastEvent) + 1)];
  let seq = lastEvent.seq;
  let time = lastEvent.time;
  for (let call = 0; call < CALLS; call++) {
    const id = 1000 + call;
    const request = { jsonrpc: '2.0', id, method: 'tools/call', params: { name: 'echo', arguments: { message: `message ${call} of the big session` } } };
    const response = { jsonrpc: '2.0', id, result: { content: [{ type: 'text', text: `Echo: message ${call} of the big session` }] } };
    out.push(JSON.stringify({ type: 'event', seq: ++seq, time: ++time, connectionId: 'c1', payload: { kind: 'message', direction: 'outgoing', message: request, size: 120 } }));
    out.push(JSON.stringify({ type: 'event', seq: ++seq, time: ++time, connectionId: 'c1', payload: { kind: 'message', direction: 'incoming', message: response, size: 110 } }));
  }
  for (const line of tail) out.push(line.replace(/"seq":\d+/, `"seq":${seq}`));
  writeFileSync(file, `${out.join('\n')}\n`);
  return out.filter((line) => line.includes('"kind":"message"')).length;
}

/** Records the page's long tasks from its first script on. */
const LONG_TASKS = `window.longTasks = [];
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => window.longTasks.push(entry.duration))).observe({ type: 'longtask', buffered: true });`;

export async function benchOpenLargeSession(): Promise<Measurement[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mcp-inspect-big-session-'));
  const file = path.join(dir, 'big.jsonl');
  const messages = bigSession(file);
  const megabytes = statSync(file).size / 1e6;
  // The Sessions page's summary of the file: read in chunks once, then answered from the cache.
  const summaries = new SessionSummaries();
  const summaryMs = (): number => {
    const start = performance.now();
    summaries.summarize(new SessionFolder(dir).resolve('big.jsonl'), false);
    return performance.now() - start;
  };
  const firstSummaryMs = summaryMs();
  const cachedSummaryMs = summaryMs();
  const started = performance.now();
  const proxy = await startProxy([file], { subcommand: 'open', timeoutMs: 120_000 });
  const readMs = performance.now() - started;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.addInitScript(LONG_TASKS);
    const opening = performance.now();
    await page.goto(proxy.url);
    await page.getByRole('main').getByText('mcp-servers/everything').or(page.getByRole('main').getByText('Everything')).first().waitFor({ timeout: 60_000 });
    const firstScreenMs = performance.now() - opening;
    await page.getByRole('tab', { name: 'Log', exact: true }).click();
    const rows = page.getByRole('status', { name: 'Log row count' });
    await rows.getByText(/^\d{3},\d{3} rows$/).waitFor({ timeout: 60_000 });
    const logMs = performance.now() - opening;
    const shownRows = Number((await rows.textContent())?.replace(/[^\d]/g, ''));
    const longTasks = await page.evaluate<number[]>('window.longTasks');

    return [
      { name: `session file (${messages.toLocaleString('en')} messages)`, value: megabytes, unit: 'MB' },
      { name: 'open: proxy reads the file, to its printed URL', value: readMs, unit: 'ms' },
      { name: 'first screen (handshake) in the browser', value: firstScreenMs, unit: 'ms', target: { max: 2000 } },
      { name: 'every row in the log', value: logMs, unit: 'ms' },
      { name: 'rows in the log', value: shownRows, unit: 'rows', target: { min: messages } },
      { name: 'longest task on the page', value: Math.max(0, ...longTasks), unit: 'ms' },
      { name: 'Sessions page: summary of the file, first read', value: firstSummaryMs, unit: 'ms' },
      { name: 'Sessions page: summary again (cached)', value: cachedSummaryMs, unit: 'ms', target: { max: 5 } },
    ];
  } finally {
    await browser.close();
    await proxy.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('openLargeSession.ts')) {
  const { formatReport } = await import('./stats');
  console.log(formatReport('Opening a 100,000-message session', await benchOpenLargeSession()));
}
