// OAuth 2.1 in Chromium against a real authorization server (the SDK's server-side auth in front of an
// SDK MCP server, e2e/servers/oauthServer.ts, approving at once): the 401, each step in the Auth tab,
// the browser round trip through the proxy's /oauth/callback, tools listed, an expired token refreshed,
// a refused scope explained, the exchanges in the Network tab with secrets masked, and no token in the
// session file.
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { callTool, openTool } from './fixtures/toolCalls';
import { startOAuthServer } from './fixtures/oauthServer';
import { startProxy } from './fixtures/proxyProcess';
import { InspectorPage } from './pages/InspectorPage';

/** The fixture's tokens look like `at-<uuid>` / `rt-<uuid>`. */
const FIXTURE_TOKEN = /\b(at|rt)-[0-9a-f]{8}-[0-9a-f]{4}-/;

test('authorizes in the browser, lists tools, refreshes an expired token, and keeps tokens out of the Network tab and the session file', async ({ page, context }) => {
  const server = await startOAuthServer(['--token-ttl', '4']);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'mcp-inspect-oauth-e2e-')), 'session.jsonl');
  const proxy = await startProxy(['--record', file, '--url', server.url, '--transport', 'http']);
  try {
    const inspector = new InspectorPage(page);
    await inspector.open(proxy.url);
    await inspector.showTab('Auth');
    const steps = page.getByRole('list', { name: 'OAuth steps' });
    await expect(steps.getByRole('listitem', { name: '401 + WWW-Authenticate' })).toContainText('resource metadata at http://127.0.0.1');
    await expect(steps.getByRole('listitem', { name: 'Client registration' })).toContainText('registered dynamically');

    const popup = context.waitForEvent('page');
    await page.getByRole('button', { name: 'Open authorization page' }).click();
    const authorizationPage = await popup;
    await expect(authorizationPage.getByRole('heading', { name: 'Authorized' })).toBeVisible();
    await authorizationPage.close();

    await inspector.expectConnected();
    await expect(steps.getByRole('listitem', { name: 'Token request' })).toContainText('exchanged for tokens');
    const tool = await openTool(inspector, 'whoami');
    await expect(await callTool(tool)).toContainText('client ');

    // The access token lives 4 s: the next call gets a 401, and the SDK refreshes before retrying.
    await page.waitForTimeout(4_500);
    await tool.getByRole('button', { name: 'Call tool' }).click();
    await inspector.showTab('Auth');
    // A slow machine may have refreshed earlier too (the token lives 4 s); the latest refresh must have worked.
    await expect(steps.getByRole('listitem', { name: 'Token refresh' }).last()).toContainText('refreshed');

    await inspector.showTab('Network');
    const exchanges = page.getByRole('table', { name: 'HTTP exchanges' });
    await exchanges.getByRole('row').filter({ hasText: 'OAuth · Token request' }).first().click();
    const detail = page.getByRole('region', { name: 'HTTP exchange' });
    await expect(detail.getByRole('region', { name: 'Request body' })).toContainText('code=***');
    await expect(detail.getByRole('region', { name: 'Request body' })).toContainText('code_verifier=***');
    await expect(detail.getByRole('region', { name: 'Response body' })).toContainText('"access_token": "***"');
    await exchanges.getByRole('row').filter({ hasText: /POST.*200.*MCP/ }).last().click();
    await expect(detail.getByRole('region', { name: 'Request headers' })).toContainText('Bearer ***');
    await expect(page.getByText(FIXTURE_TOKEN)).toHaveCount(0);

    // The initialize refused with 401 never reached the server: it is not an unanswered request.
    await inspector.showTab('Diagnoses');
    await expect(page.getByText('No findings: every message so far follows the protocol.')).toBeVisible();
  } finally {
    await proxy.stop();
    await server.stop();
  }
  const session = readFileSync(file, 'utf8');
  expect(session).toContain('/token');
  expect(session).not.toMatch(FIXTURE_TOKEN);
});

test('a scope the authorization server refuses ends in a clear error in the Auth tab', async ({ page, context }) => {
  const server = await startOAuthServer(['--required-scope', 'mcp:unknown']);
  const proxy = await startProxy(['--url', server.url, '--transport', 'http']);
  try {
    const inspector = new InspectorPage(page);
    await inspector.open(proxy.url);
    await inspector.showTab('Auth');
    const popup = context.waitForEvent('page');
    await page.getByRole('button', { name: 'Open authorization page' }).click();
    await expect((await popup).getByRole('heading', { name: 'Authorization failed' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('refused the authorization: invalid_scope');
    await expect(page.getByRole('alert')).toContainText('Check the scope');
  } finally {
    await proxy.stop();
    await server.stop();
  }
});

test('the callback refuses a state it did not issue, without the inspector token', async ({ request }) => {
  const proxy = await startProxy([]);
  try {
    const response = await request.get(`${proxy.origin}/oauth/callback?code=stolen&state=guessed`);
    expect(response.status()).toBe(400);
    expect(await response.text()).toContain('does not belong to an authorization this inspector started');
  } finally {
    await proxy.stop();
  }
});

test('a pre-registered client typed in the form whose redirect URI the server does not know: the Auth tab names the URI to register', async ({ page, context }) => {
  const server = await startOAuthServer(['--client-id', 'pre-registered-1', '--redirect-uri', 'http://127.0.0.1:9/elsewhere']);
  const proxy = await startProxy(['--no-record', '--url', server.url, '--transport', 'http']);
  try {
    const inspector = new InspectorPage(page);
    await inspector.open(proxy.url);
    await inspector.button('New connection').click();
    const form = page.getByRole('form', { name: 'New connection' });
    await form.getByLabel('Transport').selectOption('streamable-http');
    await form.getByLabel('URL').fill(server.url);
    await form.getByRole('button', { name: 'OAuth client' }).click();
    await form.getByLabel('Client ID').fill('pre-registered-1');
    await form.getByRole('button', { name: 'Connect', exact: true }).click();
    await inspector.showTab('Auth');
    const steps = page.getByRole('list', { name: 'OAuth steps' });
    // A pre-registered client: no dynamic registration step.
    await expect(steps.getByRole('listitem', { name: 'Authorization in the browser' })).toContainText(`${proxy.origin}/oauth/callback (a pre-registered client must list that redirect URI)`);
    await expect(steps.getByRole('listitem', { name: 'Client registration' })).toHaveCount(0);
    const popup = context.waitForEvent('page');
    await page.getByRole('button', { name: 'Open authorization page' }).click();
    await expect((await popup).locator('body')).toContainText('Unregistered redirect_uri');
  } finally {
    await proxy.stop();
    await server.stop();
  }
});
