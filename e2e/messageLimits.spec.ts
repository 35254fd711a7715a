// Messages past what can be handled: one nested 100,000 levels deep once overflowed the stack of every
// serialisation after it, so pages opened later never finished "Loading the log" and the session file
// lost it. Now it is recorded as a stand-in with its raw text, and shown as too deep to display.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { InspectorSocketClient } from './fixtures/inspectorSocketClient';
import { fixtureServerCommand } from './fixtures/paths';
import { startProxy } from './fixtures/proxyProcess';
import { InspectorPage } from './pages/InspectorPage';

const DEPTH = 100_000;
const nested = `${'['.repeat(DEPTH - 1)}"bottom"${']'.repeat(DEPTH - 1)}`;
/** The notification exactly as the fixture writes it. */
const deepNotification = `{"jsonrpc":"2.0","method":"notifications/message","params":{"level":"info","data":${nested}}}`;

test('a message nested 100,000 levels deep: the proxy stays up, a new page loads and shows it, the session keeps its raw text', async ({ page }) => {
  const sessionFile = join(mkdtempSync(join(tmpdir(), 'mcp-inspect-deep-')), 'deep.jsonl');
  const server = fixtureServerCommand('oddContentServer');
  const proxy = await startProxy(['--record', sessionFile, '--', server.command, ...server.args]);
  try {
    const client = await InspectorSocketClient.open(proxy.origin, proxy.token);
    const [connection] = [...client.connections.values()];
    await client.waitForState(connection!.id, ['connected']);
    const call = (name: string) => client.request({ connectionId: connection!.id, method: 'tools/call', params: { name, arguments: {} } });
    expect(await call('deep-notification')).toMatchObject({ ok: true, result: { content: [{ text: 'sent a deep notification' }] } });
    // A result that deep cannot go back to the page: an error that says why, not a request left hanging.
    const deepResult = await call('deep-result');
    expect(deepResult).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^The result nests 100001 levels deep/) } });
    client.close();

    const inspector = new InspectorPage(page);
    await inspector.open(proxy.url);
    await inspector.showTab('Log');
    await expect(page.getByText(/Loading the log/)).toHaveCount(0);
    const deepRows = inspector.logRows(/too deep to display \(100,00\d levels\)/);
    await expect(deepRows).toHaveCount(2);
    await inspector.logRows('notifications/message').first().click();
    await expect(page.getByRole('alert').filter({ hasText: 'Too deep to display (100,001 levels)' })).toBeVisible();
    await expect(page.getByLabel('Message raw text')).toContainText('{"jsonrpc":"2.0","method":"notifications/message","params":{"level":"info","data":[[[');
    // Later messages still flow.
    await expect(inspector.logRows('sent a deep notification')).toHaveCount(1);

    const entries = readFileSync(sessionFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { payload?: { tooDeep?: { levels: number; raw: string } } });
    const tooDeep = entries.flatMap((entry) => (entry.payload?.tooDeep ? [entry.payload.tooDeep] : []));
    expect(tooDeep.map((deep) => deep.levels)).toEqual([100_001, 100_002]);
    expect(tooDeep[0]!.raw).toBe(deepNotification);
  } finally {
    await proxy.stop();
  }
});
