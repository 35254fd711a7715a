// The proxy keeps a bounded window of events in memory (here 40, via MCP_INSPECT_EVENT_WINDOW) and
// reads older ones back from the session file it records, or from a spill file with --no-record. A
// page attaching after many more events than the window still scrolls to the very first one.
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { expect, test } from './fixtures/test';
import { InspectorSocketClient } from './fixtures/inspectorSocketClient';
import { everythingEntry } from './fixtures/paths';
import { startProxy, type RunningProxy } from './fixtures/proxyProcess';
import { InspectorPage } from './pages/InspectorPage';

const WINDOW = { MCP_INSPECT_EVENT_WINDOW: '40' };
const PINGS = 30;

/** Attaches a socket first (it sees every event live), then sends pings: well past the window. */
async function pingPastTheWindow(proxy: RunningProxy) {
  const socket = await InspectorSocketClient.open(proxy.origin, proxy.token);
  const [connection] = [...socket.connections.values()];
  const connectionId = connection!.id;
  await socket.waitForState(connectionId, ['connected']);
  for (let i = 0; i < PINGS; i++) await socket.request({ connectionId, method: 'ping' });
  return { socket, connectionId };
}

test('a page attaching after more events than the window scrolls to the first one', async ({ browser }) => {
  const proxy = await startProxy([], { env: WINDOW });
  try {
    const { socket, connectionId } = await pingPastTheWindow(proxy);
    // The proxy reads every one back, the oldest from the session file, in order. The server may send a
    // request of its own meanwhile (server-everything asks for roots on its own schedule): the read is
    // the stream up to its moment, and its answer comes after every event recorded before it.
    const { events } = await socket.readEvents({ connectionId, from: 0, count: 5_000 });
    const seen = socket.events.filter((event) => event.connectionId === connectionId);
    expect(events.length).toBeGreaterThan(2 * PINGS);
    expect(seen.slice(0, events.length)).toEqual(events);
    socket.close();

    const inspector = new InspectorPage(await browser.newPage({ viewport: { width: 1280, height: 720 } }));
    await inspector.open(proxy.url);
    await inspector.expectConnected();
    // The page lands on Tools and lists them itself: wait for that, then count every event the proxy has.
    await expect(inspector.page.getByRole('list', { name: 'Tools' }).getByRole('button').first()).toBeVisible();
    const reader = await InspectorSocketClient.open(proxy.origin, proxy.token);
    const all = (await reader.readEvents({ connectionId, from: 0, count: 5_000 })).events;
    reader.close();
    expect(all.slice(0, seen.length)).toEqual(seen);
    await inspector.page.getByRole('tab', { name: 'Log', exact: true }).click();
    const grid = inspector.page.getByRole('grid', { name: 'Message log' });
    // Every event is a row (plus the header), though the snapshot carried only the window.
    await expect(grid).toHaveAttribute('aria-rowcount', String(all.length + 1));
    await grid.getByRole('rowgroup').last().evaluate((rows) => rows.scrollTo({ top: 0 }));
    // The first data row (the header is row 1) shows the first event.
    const first = grid.locator('[role="row"][aria-rowindex="2"]');
    await expect(first.getByRole('gridcell').first()).toHaveText(String(seen[0]!.seq));
    const oldest = seen[0]!;
    expect(oldest.kind).toBe('transport');
    await expect(first).toContainText(oldest.kind === 'transport' ? oldest.event.type : '');
    await expect(grid.locator('[role="row"][aria-busy="true"]')).toHaveCount(0);

    // A filter searches the loaded events only, and says so.
    await inspector.page.getByLabel('Filter log').fill('ping');
    await expect(inspector.page.getByRole('status', { name: 'Filter scope' })).toContainText('older events are kept on disk by the proxy and not searched');
  } finally {
    await proxy.stop();
  }
});

test('with --no-record a spill file in the temp folder serves the older events, and is gone at exit', async () => {
  const proxy = await startProxy(['--no-record'], { env: WINDOW });
  const spillFiles = () => readdirSync(tmpdir()).filter((name) => name.startsWith(`mcp-inspect-spill-${proxy.process.pid}-`));
  try {
    const { socket, connectionId } = await pingPastTheWindow(proxy);
    expect(spillFiles()).toHaveLength(1);
    const seen = socket.events.filter((event) => event.connectionId === connectionId);
    const { events } = await socket.readEvents({ connectionId, from: 3, count: 50 });
    expect(events).toEqual(seen.slice(3, 53));
    const merged = await socket.readEvents({ from: 0, count: 10 });
    expect(merged.events).toEqual(socket.events.slice(0, 10));
    socket.close();
  } finally {
    await proxy.stop();
  }
  expect(spillFiles()).toEqual([]);
});

test('a page attached while traffic flows holds at most its limit, and reads what it let go back from the proxy', async ({ browser }) => {
  // The page holds 60 events (MCP_INSPECT_PAGE_EVENTS); the proxy's own window is 40.
  const proxy = await startProxy([], { env: { ...WINDOW, MCP_INSPECT_PAGE_EVENTS: '60' } });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const reads: { from: number; count: number }[] = [];
    page.on('websocket', (socket) =>
      socket.on('framesent', ({ payload }) => {
        const frame = JSON.parse(String(payload)) as { method?: string; params?: { from: number; count: number } };
        if (frame.method === 'readEvents' && frame.params) reads.push({ from: frame.params.from, count: frame.params.count });
      }),
    );
    const inspector = new InspectorPage(page);
    await inspector.open(proxy.url);
    await inspector.expectConnected();
    await expect(page.getByRole('list', { name: 'Tools' }).getByRole('button').first()).toBeVisible();
    await page.getByRole('tab', { name: 'Log', exact: true }).click();
    const grid = page.getByRole('grid', { name: 'Message log' });
    // Attached with the whole log in memory: nothing older to read.
    const attachedWith = Number(await grid.getAttribute('aria-rowcount')) - 1;
    expect(attachedWith).toBeLessThan(40);

    // Live traffic well past the page's limit, from another client, while the Timeline is open: it lets
    // go of what the log lets go of, and says so.
    await page.getByRole('tab', { name: 'Timeline', exact: true }).click();
    const timeline = page.getByRole('status', { name: 'Timeline summary' });
    await expect(timeline).not.toContainText('earlier ones are in the Log');
    const { socket, connectionId } = await pingPastTheWindow(proxy);
    const all = (await socket.readEvents({ connectionId, from: 0, count: 5_000 })).events;
    socket.close();
    expect(all.length).toBeGreaterThan(60);
    await expect(timeline).toContainText('the events this page holds; earlier ones are in the Log');
    // At most the held events' requests (the page holds up to 60 events), fewer than the connection sent.
    const laidOut = Number(/^(\d+) requests?/.exec((await timeline.textContent()) ?? '')?.[1]);
    const requests = all.filter((event) => event.kind === 'message' && typeof (event.message as { method?: unknown }).method === 'string' && (event.message as { id?: unknown }).id !== undefined);
    expect(requests.length).toBeGreaterThan(30);
    expect(laidOut).toBeLessThanOrEqual(30);
    await page.getByRole('tab', { name: 'Log', exact: true }).click();
    await expect(grid).toHaveAttribute('aria-rowcount', String(all.length + 1));
    // The newest rows were held all along; the page read nothing to show them.
    await expect(grid.locator('[role="row"]').last()).toContainText(String(all.at(-1)!.seq));
    expect(reads).toEqual([]);

    // The oldest rows were let go and come back from the proxy, in order.
    await grid.getByRole('rowgroup').last().evaluate((rows) => rows.scrollTo({ top: 0 }));
    const first = grid.locator('[role="row"][aria-rowindex="2"]');
    await expect(first.getByRole('gridcell').first()).toHaveText(String(all[0]!.seq));
    await expect(grid.locator('[role="row"][aria-busy="true"]')).toHaveCount(0);
    expect(reads.length).toBeGreaterThan(0);
    expect(reads[0]!.from).toBe(0);
    // Rows read back are paired among themselves: the handshake's answer shows its request's method.
    const answer = all.findIndex((event) => event.kind === 'message' && event.direction === 'incoming' && (event.message as { id?: unknown }).id === 0);
    expect(answer).toBeGreaterThan(0);
    await expect(grid.locator(`[role="row"][aria-rowindex="${answer + 2}"]`)).toContainText('initialize');
    // A filter searches the held events only, and says so.
    await page.getByLabel('Filter log').fill('ping');
    await expect(page.getByRole('status', { name: 'Filter scope' })).toContainText('older events are kept on disk by the proxy and not searched');
  } finally {
    await proxy.stop();
  }
});

test('the merged log of two servers past the page limit: every row in the proxy\'s order, each with its server and method', async ({ browser }) => {
  const proxy = await startProxy([], { env: { ...WINDOW, MCP_INSPECT_PAGE_EVENTS: '60' } });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const inspector = new InspectorPage(page);
    await inspector.open(proxy.url);
    await inspector.expectConnected();
    await page.getByRole('tab', { name: 'Log', exact: true }).click();
    await page.getByRole('search', { name: 'Log filters' }).getByRole('combobox', { name: 'Connections' }).selectOption('all');

    const socket = await InspectorSocketClient.open(proxy.origin, proxy.token);
    const [first] = [...socket.connections.values()];
    const second = await socket.connect({ target: { transport: 'stdio', command: process.execPath, args: [everythingEntry, 'stdio'], env: {} } });
    await socket.waitForState(second.id, ['connected']);
    for (let i = 0; i < 25; i++) {
      await socket.request({ connectionId: first!.id, method: 'ping' });
      await socket.request({ connectionId: second.id, method: 'ping' });
    }
    const all = (await socket.readEvents({ from: 0, count: 5_000 })).events;
    socket.close();
    expect(new Set(all.map((event) => event.connectionId)).size).toBe(2);
    const reader = async (running: RunningProxy) => {
      const client = await InspectorSocketClient.open(running.origin, running.token);
      try {
        return await client.readEvents({ from: 0, count: 5_000 });
      } finally {
        client.close();
      }
    };

    const grid = page.getByRole('grid', { name: 'Message log' });
    await expect.poll(async () => Number(await grid.getAttribute('aria-rowcount')) - 1).toBeGreaterThanOrEqual(all.length);
    // Scrolled through from the top, every row shows the event the proxy has at that position: those the
    // page let go (read back) and those it holds, both servers interleaved by seq.
    const list = grid.getByRole('rowgroup').last();
    const total = Number(await grid.getAttribute('aria-rowcount')) - 1;
    await list.evaluate((rows) => rows.scrollTo({ top: 0 }));
    // Data rows start at aria-rowindex 2 (the header is 1).
    const rowAt = (position: number) => grid.locator(`[role="row"][aria-rowindex="${position + 2}"]`);
    await expect(rowAt(0)).toBeVisible();
    const rowHeight = await rowAt(0).evaluate((row) => row.getBoundingClientRect().height);
    const shown = new Map<number, number>();
    for (let position = 0; position < total; position += 10) {
      await list.evaluate((rows, to) => rows.scrollTo({ top: to }), position * rowHeight);
      // The row scrolled to is drawn, and read (not a placeholder), before the rows on screen are taken.
      await expect(rowAt(position)).toBeVisible();
      await expect(rowAt(position)).not.toHaveAttribute('aria-busy', 'true');
      const rows = await grid.locator('[role="row"][aria-rowindex]:not([aria-rowindex="1"]):not([aria-busy])').evaluateAll((elements) =>
        elements.map((row) => [Number(row.getAttribute('aria-rowindex')), Number(row.querySelector('[role="gridcell"]')?.textContent)] as const),
      );
      for (const [index, seq] of rows) shown.set(index - 2, seq);
    }
    // The server may have sent more meanwhile (its own timed notifications): compare with the proxy's log now.
    const now = (await reader(proxy)).events;
    expect(Math.max(...shown.keys()) + 1).toBeGreaterThanOrEqual(all.length);
    expect([...shown.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: shown.size }, (_, position) => position));
    expect([...shown].every(([position, seq]) => now[position]?.seq === seq)).toBe(true);
    // The server's badge leaves room for the method beside it: the cell holds both without cutting them.
    const columns = await grid.getByRole('columnheader').allTextContents();
    const methodCell = grid.locator('[role="row"]').filter({ hasText: 'ping' }).last().getByRole('gridcell').nth(columns.indexOf('Method'));
    await expect(methodCell).toContainText('Everything Reference Server');
    await expect(methodCell).toContainText('ping');
    expect(await methodCell.evaluate((cell) => cell.scrollWidth <= cell.clientWidth)).toBe(true);
  } finally {
    await proxy.stop();
  }
});

