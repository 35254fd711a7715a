// Export in the UI: a session recorded by the real proxy against server-everything over stdio, with a
// tool called, is exported from the Sessions page as OTLP while it is still being recorded; the file
// the browser saves holds the span of that tools/call. HAR is not offered for a stdio session.
import { mkdirSync, readFileSync } from 'node:fs';
import type { OtlpTraceRequest } from '../shared/artifacts/otlpTraces';
import { InspectorSocketClient } from './fixtures/inspectorSocketClient';
import { everythingEntry } from './fixtures/paths';
import { startProxy } from './fixtures/proxyProcess';
import { expect, test } from './fixtures/test';
import { InspectorPage } from './pages/InspectorPage';

test('a recorded tools/call is exported from the Sessions page as an OTLP span', async ({ page }, testInfo) => {
  const dir = testInfo.outputPath('sessions');
  mkdirSync(dir, { recursive: true });
  const proxy = await startProxy(['--sessions-dir', dir, '--', process.execPath, everythingEntry, 'stdio']);
  try {
    const client = await InspectorSocketClient.open(proxy.origin, proxy.token);
    const [connectionId] = [...client.connections.keys()];
    await client.waitForState(connectionId!, ['connected']);
    await client.request({ connectionId: connectionId!, method: 'tools/call', params: { name: 'get-sum', arguments: { a: 20, b: 22 } } });
    client.close();

    const inspector = new InspectorPage(page);
    await inspector.open(proxy.url);
    await page.getByRole('button', { name: 'Sessions', exact: true }).click();
    const row = page.getByRole('table', { name: 'Sessions' }).getByRole('row').filter({ hasText: 'recording' });
    const exportButton = row.getByRole('button', { name: /^Export / });
    await exportButton.click();
    const menu = page.getByRole('menu');
    await expect(menu.getByRole('menuitem')).toHaveText(['OTLP traces (JSON)', 'JSON-RPC messages (JSONL)']);
    const [download] = await Promise.all([page.waitForEvent('download'), menu.getByRole('menuitem', { name: 'OTLP traces (JSON)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.otlp\.json$/);

    const traces = JSON.parse(readFileSync((await download.path())!, 'utf8')) as OtlpTraceRequest;
    const spans = traces.resourceSpans.flatMap((resource) => resource.scopeSpans.flatMap((scope) => scope.spans));
    const call = spans.find((span) => span.name === 'tools/call get-sum');
    expect(call, spans.map((span) => span.name).join(', ')).toBeDefined();
    expect(call!.kind).toBe(3);
    expect(call!.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(call!.attributes).toEqual(expect.arrayContaining([
      { key: 'mcp.method.name', value: { stringValue: 'tools/call' } },
      { key: 'gen_ai.tool.name', value: { stringValue: 'get-sum' } },
      { key: 'network.transport', value: { stringValue: 'pipe' } },
    ]));
    expect(BigInt(call!.endTimeUnixNano)).toBeGreaterThanOrEqual(BigInt(call!.startTimeUnixNano));
  } finally {
    await proxy.stop();
  }
});
