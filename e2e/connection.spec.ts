// Connections as the user manages them in the UI: the demo server, several servers at once,
// a server that crashes, a command that cannot start.
import { expect, test } from './fixtures/test';
import { everythingEntry, fixtureServerCommand } from './fixtures/paths';
import { startEverythingServer } from './fixtures/everythingServer';

test.describe('with no target', () => {
  test('inspects the bundled demo server and says so', async ({ inspector }) => {
    await inspector.expectConnected();
    await expect(inspector.connectionEntry(/everything/i)).toBeVisible();
    await inspector.showTab('Handshake');
    await expect(inspector.page.getByRole('tabpanel', { name: 'Handshake' })).toContainText('mcp-servers/everything');
  });

  // The token is only in the fragment (never sent to a server), which is what lets a reload work.
  test('the token is in the fragment, not the query, and a reload still works', async ({ inspector, page }) => {
    await inspector.expectConnected();
    expect(new URL(page.url()).searchParams.has('token')).toBe(false);
    expect(new URL(page.url()).hash).toMatch(/^#token=./);
    await page.reload();
    await inspector.expectConnected();
  });
});

test.describe('several servers', () => {
  test('two servers connected at once, switchable', async ({ inspector }) => {
    await inspector.expectConnected();
    const http = await startEverythingServer('streamableHttp');
    try {
      const crashing = fixtureServerCommand('crashingServer');
      await inspector.connectTo({ transport: 'stdio', command: crashing.command, args: crashing.args, env: {} });
      await expect(inspector.connectionEntry(/crashing-fixture/)).toBeVisible();
      await inspector.expectConnected();
      await inspector.showTab('Handshake');
      const handshake = inspector.page.getByRole('tabpanel', { name: 'Handshake' });
      await expect(handshake).toContainText('crashing-fixture');

      await inspector.connectTo({ transport: 'streamable-http', url: http.url, headers: {} });
      await inspector.expectConnected();

      await inspector.connectionEntry(/crashing-fixture/).click();
      await inspector.showTab('Handshake');
      await expect(handshake).toContainText('crashing-fixture');
      await inspector.connectionEntry(/everything/i).first().click();
      await inspector.showTab('Handshake');
      await expect(handshake).toContainText('mcp-servers/everything');
      await expect(inspector.connections.getByRole('button', { name: /\bconnected\b/ })).toHaveCount(3);
    } finally {
      await http.stop();
    }
  });
});

test.describe('a server that exits mid-session', () => {
  const crashing = fixtureServerCommand('crashingServer');
  // Long enough that a reconnected server is seen connected; the first exit may come before the page
  // attaches (a prebuilt fixture starts fast), so the page is not required to see it connected first.
  test.use({ launchArgs: ['--', crashing.command, ...crashing.args, '--exit-after-ms', '4000'] });

  test('is shown as exited with its code and its last stderr lines', async ({ inspector }) => {
    await expect(inspector.status).toContainText('Exited (code 3)', { timeout: 20_000 });
    await expect(inspector.status).toContainText('fatal: giving up after 4000 ms');
    await inspector.button('Reconnect').click();
    await inspector.expectConnected();
  });
});

test.describe('a server that fails to start', () => {
  const crashing = fixtureServerCommand('crashingServer');
  test.use({ launchArgs: ['--', crashing.command, ...crashing.args, '--exit-at-start'] });

  test('reads in full in the status, the Handshake tab and the terminal, and offers to edit the command', async ({ inspector, inspectorProxy }) => {
    const { page } = inspector;
    // The headline is whole (not cut to "E…") beside the long command label.
    const headline = inspector.status.getByText('Exited (code 3)', { exact: true });
    await expect(headline).toBeVisible();
    expect(await headline.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    await expect(inspector.status).toContainText('fatal: CRASHING_FIXTURE_API_KEY is not set');
    // The initialize the server never answered is not "pending" once it exited.
    const wire = page.getByRole('list', { name: 'Wire exchanges' });
    await expect(wire.getByRole('button', { name: /^#\d+ → …, initialize, id 0, no answer, client → server$/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Wire' })).not.toContainText('pending');
    await inspector.showTab('Timeline');
    await expect(page.getByRole('button', { name: /^initialize · \d+(\.\d+)? m?s · no answer \(the connection ended\) · lane 1$/ })).toBeVisible();

    await inspector.showTab('Handshake');
    const failure = page.getByRole('region', { name: 'Why there is no handshake' });
    await expect(failure.getByRole('heading', { level: 2 })).toHaveText(/The server did not start/);
    await expect(failure.getByRole('definition').filter({ hasText: /^code 3$/ })).toBeVisible();
    await expect(failure.getByRole('definition').filter({ hasText: '--exit-at-start' })).toBeVisible();
    await expect(failure.getByRole('region', { name: 'Server stderr' })).toContainText(
      'crashing-fixture: reading its settings\nfatal: CRASHING_FIXTURE_API_KEY is not set, exiting with code 3',
    );

    // "Edit command" opens the hidden settings with the caret in the Command field.
    const settings = page.getByRole('form', { name: 'Connection settings' });
    await page.getByRole('button', { name: 'Connection settings', exact: true }).click();
    await expect(settings).toBeHidden();
    await failure.getByRole('button', { name: 'Edit command' }).click();
    await expect(settings.getByLabel('Command')).toBeFocused();

    // The terminal said it too: the exit code and the last stderr lines.
    await expect.poll(() => inspectorProxy.output()).toContain('mcp-inspect: The server failed to start: it exited with code 3.');
    expect(inspectorProxy.output()).toContain('    fatal: CRASHING_FIXTURE_API_KEY is not set, exiting with code 3');
  });
});

test.describe('a command that cannot start', () => {
  test.use({ launchArgs: ['--', 'no-such-mcp-server-command'] });

  test('says why, and another server can still be connected', async ({ inspector }) => {
    await expect(inspector.status).toContainText('Failed');
    await expect(inspector.status).toContainText('no-such-mcp-server-command');
    await inspector.connectTo({ transport: 'stdio', command: process.execPath, args: [everythingEntry, 'stdio'], env: {} });
    await inspector.expectConnected();
  });
});
