// The log under load, in Chromium: a server streams 100,000 notifications at ≥ 5,000/s into the
// inspector with the Log tab open. Reports the rate reached, long tasks on the page, whether every
// message reached the log, how long filters over the 100k rows take, and the page's JS heap.
import type { Page } from 'playwright-core';
import { InspectorSocketClient } from '../fixtures/inspectorSocketClient';
import { openFloodBench } from './browserPage';
import type { Measurement } from './stats';

// LOG_BENCH_COUNT overrides the count; LOG_BENCH_PROFILE=1 prints the page's hottest functions.

const COUNT = Number(process.env.LOG_BENCH_COUNT ?? 100_000);
const PER_SECOND = 6_000;

// Kept as source text: tsx would wrap named functions in a helper the page does not have.
const TIME_FILTER_IN_PAGE = `async (value) => {
  const input = document.querySelector('input[aria-label="Filter log"]');
  const status = document.querySelector('[aria-label="Log row count"]');
  const before = status.textContent;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const start = performance.now();
  setValue.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  // A filter whose count reads as before would never be seen to apply: give up after 10 s (NaN).
  const changed = await new Promise((resolve) => {
    const check = () => (status.textContent !== before ? resolve(true) : performance.now() - start > 10000 ? resolve(false) : requestAnimationFrame(check));
    check();
  });
  if (!changed) return { ms: Number.NaN, text: status.textContent };
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return { ms: performance.now() - start, text: status.textContent };
}`;

/** Times one filter in the page: from the input event to the frame that shows the new row count. */
function timeFilter(page: Page, query: string): Promise<{ ms: number; text: string }> {
  return page.evaluate(`(${TIME_FILTER_IN_PAGE})(${JSON.stringify(query)})`);
}

export async function benchLogFlood(): Promise<Measurement[]> {
  const { proxy, browser, close } = await openFloodBench();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.addInitScript(`window.longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => window.longTasks.push(entry.duration))).observe({ type: 'longtask', buffered: true });`);
    await page.goto(proxy.url);
    await page.getByRole('status', { name: 'Connection status' }).getByText('Connected').waitFor();
    await page.getByRole('tab', { name: 'Log', exact: true }).click();

    const socket = await InspectorSocketClient.open(proxy.origin, proxy.token);
    const [connection] = [...socket.connections.values()];
    const connectionId = connection!.id;
    await page.evaluate('window.longTasks.length = 0');
    const firstSeq = socket.events.length;
    const cdpProfile = process.env.LOG_BENCH_PROFILE ? await page.context().newCDPSession(page) : undefined;
    if (cdpProfile) {
      await cdpProfile.send('Profiler.enable');
      await cdpProfile.send('Profiler.start');
    }
    const outcome = await socket.request({ connectionId, method: 'tools/call', params: { name: 'flood', arguments: { count: COUNT, perSecond: PER_SECOND } }, timeoutMs: 600_000 });
    if (!outcome.ok) throw new Error(`flood failed: ${outcome.error.message}`);
    // The answer can overtake the last batch of recorded events: wait for the recorded response.
    await socket.waitFor(() => socket.events.some((e, i) => i >= firstSeq && e.kind === 'message' && e.direction === 'incoming' && (e.message as { result?: unknown }).result !== undefined && JSON.stringify(e.message).includes('sent ')), 60_000);
    const floodEvents = socket.events.slice(firstSeq).filter((e) => e.kind === 'message' && (e.message as { method?: string }).method === 'notifications/message');
    const rate = floodEvents.length / ((floodEvents.at(-1)!.time - floodEvents[0]!.time) / 1000);

    // Every event the proxy recorded must become a row: wait for the page to show the socket's count.
    const expected = socket.events.filter((e) => e.connectionId === connectionId).length;
    const status = page.getByRole('status', { name: 'Log row count' });
    const caughtUp = performance.now();
    const target = JSON.stringify(`${expected.toLocaleString('en')} rows`);
    await page.waitForFunction(`document.querySelector('[aria-label="Log row count"]')?.textContent === ${target}`, undefined, { timeout: 60_000 }).catch(() => undefined);
    const lagMs = performance.now() - caughtUp;
    const shown = Number((await status.textContent())?.replace(/[^\d]/g, ''));
    const longTasks = await page.evaluate<number[]>('window.longTasks');

    if (cdpProfile) {
      const { profile } = (await cdpProfile.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[] } };
      const self = new Map<string, number>();
      for (const node of profile.nodes) {
        const key = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}:${(node.callFrame as { columnNumber?: number }).columnNumber}`;
        self.set(key, (self.get(key) ?? 0) + (node.hitCount ?? 0));
      }
      console.log([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${v}\t${k}`).join('\n'));
    }
    const byMethod = await timeFilter(page, 'method:tools/call');
    const byText = await timeFilter(page, 'message 99999 of');
    const errors = await timeFilter(page, 'is:error');
    const none = await timeFilter(page, '');

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    socket.close();
    return [
      { name: 'notifications streamed', value: floodEvents.length, unit: 'msgs', target: { min: COUNT } },
      { name: 'stream rate', value: rate, unit: 'msg/s', target: { min: 5000 } },
      { name: 'rows in the log (events recorded)', value: shown, unit: 'rows', target: { min: expected, max: expected } },
      { name: 'log caught up after the last message', value: lagMs, unit: 'ms' },
      { name: 'long tasks during the stream', value: longTasks.length, unit: 'tasks' },
      { name: 'long tasks over 100 ms', value: longTasks.filter((ms) => ms > 100).length, unit: 'tasks', target: { max: 0 } },
      { name: 'longest task', value: Math.max(0, ...longTasks), unit: 'ms', target: { max: 100 } },
      { name: `filter method:tools/call (${byMethod.text})`, value: byMethod.ms, unit: 'ms', target: { max: 100 } },
      { name: `filter free text (${byText.text})`, value: byText.ms, unit: 'ms', target: { max: 100 } },
      { name: `filter is:error (${errors.text})`, value: errors.ms, unit: 'ms', target: { max: 100 } },
      { name: `filter cleared (${none.text})`, value: none.ms, unit: 'ms', target: { max: 100 } },
      { name: 'JS heap after GC', value: heap.usedSize / 1e6, unit: 'MB' },
    ];
  } finally {
    await close();
  }
}
