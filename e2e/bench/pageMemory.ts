// A page left attached to a long stream (a day-long tap, compressed): it holds at most its event limit
// and lets go of the oldest, which stay rows read back from the proxy. Reports the page's JS heap after
// the stream (after a GC) and that every event is still a row, the oldest shown after a jump to the top.
import { DEFAULT_PAGE_EVENT_LIMIT } from '../../shared/inspectorProtocol';
import { InspectorSocketClient } from '../fixtures/inspectorSocketClient';
import { openFloodBench } from './browserPage';
import type { Measurement } from './stats';

// PAGE_BENCH_COUNT overrides the count; it should pass the page's limit by half at least.
const COUNT = Number(process.env.PAGE_BENCH_COUNT ?? 2 * DEFAULT_PAGE_EVENT_LIMIT);
const PER_SECOND = 8_000;

export async function benchPageMemory(): Promise<Measurement[]> {
  const { proxy, browser, close } = await openFloodBench();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(proxy.url);
    await page.getByRole('status', { name: 'Connection status' }).getByText('Connected').waitFor();
    await page.getByRole('tab', { name: 'Log', exact: true }).click();
    const cdp = await page.context().newCDPSession(page);
    const heapAfterGc = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 1e6;
    };
    const heapBefore = await heapAfterGc();

    const socket = await InspectorSocketClient.open(proxy.origin, proxy.token);
    const [connection] = [...socket.connections.values()];
    const connectionId = connection!.id;
    const outcome = await socket.request({ connectionId, method: 'tools/call', params: { name: 'flood', arguments: { count: COUNT, perSecond: PER_SECOND } }, timeoutMs: 600_000 });
    if (!outcome.ok) throw new Error(`flood failed: ${outcome.error.message}`);
    const recorded = (await socket.readEvents({ connectionId, from: 0, count: 1 })).events[0];
    socket.close();

    // Every event is a row: wait until the page shows them all (it applies them frame by frame).
    const grid = page.getByRole('grid', { name: 'Message log' });
    const rows = async () => Number(await grid.getAttribute('aria-rowcount')) - 1;
    const settleBy = performance.now() + 60_000;
    while ((await rows()) < COUNT && performance.now() < settleBy) await new Promise((resolve) => setTimeout(resolve, 250));
    const rowCount = await rows();
    const heapAfter = await heapAfterGc();

    await grid.getByRole('rowgroup').last().evaluate((list) => list.scrollTo({ top: 0 }));
    await grid.locator('[role="row"][aria-rowindex="2"]:not([aria-busy])').waitFor({ timeout: 30_000 });
    const oldestSeq = Number(await grid.locator('[role="row"][aria-rowindex="2"] [role="gridcell"]').first().textContent());
    return [
      { name: 'messages streamed into the attached page', value: COUNT, unit: 'msgs' },
      { name: 'events the page holds at most', value: DEFAULT_PAGE_EVENT_LIMIT, unit: 'events' },
      { name: 'rows in the log', value: rowCount, unit: 'rows', target: { min: COUNT } },
      { name: 'page JS heap after GC, before the stream', value: heapBefore, unit: 'MB' },
      // ~0.5 KB per held event: the limit's worth, not the stream's.
      { name: 'page JS heap after GC, after the stream', value: heapAfter, unit: 'MB', target: { max: 150 } },
      { name: 'oldest row after a jump to the top is seq', value: oldestSeq, unit: '', target: { max: recorded?.seq ?? 1 } },
    ];
  } finally {
    await close();
  }
}
