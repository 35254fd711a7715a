// The raw composer against a server that answers unparsable input as JSON-RPC says to: a -32700
// error with a null id. The composer cannot match that answer by id, so it must still show it under
// the send that caused it, and the connection must carry on. Over Streamable HTTP and SSE, raw text
// is POSTed to the session's endpoint and the HTTP status shown with the answers.
import { startEverythingServer } from './fixtures/everythingServer';
import { fixtureServerCommand } from './fixtures/paths';
import { startProxy } from './fixtures/proxyProcess';
import { expect, test } from './fixtures/test';
import { InspectorPage } from './pages/InspectorPage';

const raw = fixtureServerCommand('rawParseErrorServer');
test.use({ launchArgs: ['--', raw.command, ...raw.args] });

test('invalid JSON typed in the Raw tab gets the server\'s -32700 parse error shown as its answer', async ({ inspector }) => {
  const { page } = inspector;
  await inspector.expectConnected();
  await inspector.showTab('Raw');
  const sends = page.getByRole('list', { name: 'Raw sends' }).getByRole('listitem');

  await page.getByLabel('Raw message').fill('{"jsonrpc": "2.0", "id": "raw-x", "method": ');
  await page.getByRole('button', { name: 'Send raw' }).click();
  const answer = sends.first().getByRole('group', { name: 'Answer', exact: true });
  await expect(answer).toHaveCount(1);
  await expect(answer).toContainText('-32700');
  await expect(answer).toContainText('Parse error');

  // A valid request afterwards is answered by its own id, and the parse error is not counted again.
  await page.getByLabel('Raw message').fill('{"jsonrpc":"2.0","id":"raw-p","method":"ping"}');
  await page.getByRole('button', { name: 'Send raw' }).click();
  await expect(sends).toHaveCount(2);
  await expect(sends.first().getByRole('group', { name: 'Answer', exact: true })).toHaveCount(1);
  await expect(sends.first().getByRole('group', { name: 'Answer', exact: true })).not.toContainText('-32700');
  await expect(sends.nth(1).getByRole('group', { name: 'Answer', exact: true })).toHaveCount(1);
});

test.describe('over HTTP', () => {
  for (const mode of ['streamableHttp', 'sse'] as const) {
    test(`raw text is POSTed to the ${mode} session's endpoint and its HTTP answer and messages shown`, async ({ page }) => {
      const server = await startEverythingServer(mode);
      const proxy = await startProxy(['--url', server.url, '--transport', mode === 'sse' ? 'sse' : 'http']);
      try {
        const inspector = new InspectorPage(page);
        await inspector.open(proxy.url);
        await inspector.expectConnected();
        await inspector.showTab('Raw');
        const sends = page.getByRole('list', { name: 'Raw sends' }).getByRole('listitem');
        const send = async (text: string) => {
          await page.getByLabel('Raw message').fill(text);
          await page.getByRole('button', { name: 'Send raw' }).click();
        };

        await send('{"jsonrpc":"2.0","id":"raw-h1","method":"tools/call","params":{"name":"echo","arguments":{"message":"over the wire"}}}');
        const first = sends.first();
        // Streamable HTTP answers on the POST (200); legacy SSE accepts the POST (202) and answers on its stream.
        await expect(first.getByRole('group', { name: 'HTTP answer' })).toContainText(mode === 'sse' ? 'HTTP 202' : 'HTTP 200');
        await expect(first.getByRole('group', { name: 'Answer', exact: true })).toContainText('Echo: over the wire');

        await send('{"jsonrpc":"2.0","id":"raw-h2","method":"no/such-method"}');
        await expect(sends).toHaveCount(2);
        await expect(sends.first().getByRole('group', { name: 'Answer', exact: true })).toContainText('-32601');

        if (mode === 'streamableHttp') {
          // Text that is not JSON: the SDK server refuses the POST with 400 and a JSON-RPC parse error.
          await send('{"jsonrpc": "2.0", "id": "raw-h3", "method": ');
          await expect(sends).toHaveCount(3);
          await expect(sends.first().getByRole('group', { name: 'HTTP answer' })).toContainText('HTTP 400');
          await expect(sends.first().getByRole('group', { name: 'Answer', exact: true })).toContainText('-32700');
        }

        // The inspector's own client never saw those ids and keeps working.
        await inspector.showTab('Tools');
        await expect(page.getByRole('list', { name: 'Tools' }).getByRole('button', { name: /^echo(\s|$)/ })).toBeVisible();
      } finally {
        await proxy.stop();
        await server.stop();
      }
    });
  }
});
