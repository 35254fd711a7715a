// The proxy can start processes, so every way in is guarded: token on every API request and on the
// socket upgrade, Host (DNS rebinding) and Origin checks, a 400 before anything parses a bad target,
// a loopback-only listener; and the token never reaches another local port (no cookie, icons on a click).
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import WebSocket from 'ws';
import { expect, test, type Response } from '@playwright/test';
import { SOCKET_PATH } from '../shared/inspectorProtocol';
import { InspectorSocketClient } from './fixtures/inspectorSocketClient';
import { startProxy, type RunningProxy } from './fixtures/proxyProcess';
import { fixtureServerCommand } from './fixtures/paths';
import { InspectorPage } from './pages/InspectorPage';

let proxy: RunningProxy;

test.beforeAll(async () => {
  const echo = fixtureServerCommand('crashingServer');
  proxy = await startProxy(['--', echo.command, ...echo.args]);
});
test.afterAll(async () => proxy?.stop());

function get(path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port: proxy.port, path, headers, method: 'GET' }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
    request.end();
  });
}

const hostHeader = () => `127.0.0.1:${proxy.port}`;

function upgradeStatus(query: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`ws://127.0.0.1:${proxy.port}${SOCKET_PATH}${query}`, { headers });
    socket.once('open', () => {
      socket.close();
      resolve(101);
    });
    socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.once('error', () => resolve(-1));
  });
}

test.describe('HTTP API', () => {
  test('refuses requests without the token', async () => {
    expect(await get('/api/health', { Host: hostHeader() })).toBe(401);
  });

  test('refuses a wrong token', async () => {
    expect(await get('/api/health', { Host: hostHeader(), Authorization: 'Bearer not-the-token' })).toBe(401);
    expect(await get('/api/health?token=not-the-token', { Host: hostHeader() })).toBe(401);
  });

  test('accepts the token', async () => {
    expect(await get('/api/health', { Host: hostHeader(), Authorization: `Bearer ${proxy.token}` })).toBe(200);
  });

  test('refuses a foreign Host (DNS rebinding) even with the token', async () => {
    expect(await get('/api/health', { Host: 'evil.example', Authorization: `Bearer ${proxy.token}` })).toBe(403);
    expect(await get(`/api/health`, { Host: `evil.example:${proxy.port}`, Authorization: `Bearer ${proxy.token}` })).toBe(403);
  });

  test('refuses a foreign Origin even with the token', async () => {
    const headers = { Host: hostHeader(), Authorization: `Bearer ${proxy.token}`, Origin: 'http://evil.example' };
    expect(await get('/api/health', headers)).toBe(403);
  });

  // The UI files hold no secret (the page gets the token from its URL fragment), so they are served
  // without it: that is what lets a reload work without any cookie. Host is still checked.
  test('serves the UI page without the token, only to this Host, and sets no cookie', async () => {
    expect(await get('/', { Host: hostHeader() })).toBe(200);
    expect(await get('/', { Host: 'evil.example' })).toBe(403);
    const setCookie = await new Promise<string[] | undefined>((resolve, reject) => {
      http.get({ host: '127.0.0.1', port: proxy.port, path: `/?token=${proxy.token}`, headers: { Host: hostHeader() } }, (response) => {
        response.resume();
        resolve(response.headers['set-cookie']);
      }).on('error', reject);
    });
    expect(setCookie).toBeUndefined();
  });

  test('answers 400 and closes a raw upgrade whose target does not parse', async () => {
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(proxy.port, '127.0.0.1', () =>
        socket.write(`GET http://[/api/socket HTTP/1.1\r\nHost: ${hostHeader()}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n`),
      );
      let received = '';
      socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
      socket.on('close', () => resolve(received));
      socket.on('error', reject);
      socket.setTimeout(5_000, () => reject(new Error(`socket still open after 5 s; received ${JSON.stringify(received)}`)));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
  });
});

test.describe('WebSocket upgrade', () => {
  test('refuses an upgrade without the token', async () => {
    expect(await upgradeStatus('', { Origin: proxy.origin })).toBe(401);
  });

  test('refuses an upgrade with a wrong token', async () => {
    expect(await upgradeStatus('?token=wrong', { Origin: proxy.origin })).toBe(401);
  });

  test('refuses an upgrade with a foreign or missing Origin', async () => {
    const query = `?token=${proxy.token}`;
    expect(await upgradeStatus(query, { Origin: 'http://evil.example' })).toBe(403);
    expect(await upgradeStatus(query, {})).toBe(403);
  });

  test('refuses an upgrade with a foreign Host', async () => {
    expect(await upgradeStatus(`?token=${proxy.token}`, { Origin: proxy.origin, Host: 'evil.example' })).toBe(403);
  });

  test('accepts the token with this origin and answers attach', async () => {
    const client = await InspectorSocketClient.open(proxy.origin, proxy.token);
    expect(client.connections.size).toBe(1);
    client.close();
  });
});

test('listens on the loopback interface only', async () => {
  const external = Object.values(os.networkInterfaces())
    .flat()
    .find((address) => address && address.family === 'IPv4' && !address.internal);
  test.skip(!external, 'this machine has no non-loopback IPv4 address to try');
  const refused = await new Promise<boolean>((resolve) => {
    const socket = net.connect(proxy.port, external!.address);
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
  expect(refused).toBe(true);
});

// Browsers send a 127.0.0.1 cookie to every port of 127.0.0.1, so a token cookie would reach any local
// server a page makes the browser ask (e.g. a server icon pointing at another port). The token stays
// in the page: not in a cookie, not in web storage; server icons load only on a click, and then carry
// no token; a reload still works (the token is in the URL fragment).
test.describe('the token never reaches another local port', () => {
  const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

  interface RecordedRequest {
    url: string;
    headers: http.IncomingHttpHeaders;
  }

  let recorder: http.Server;
  let recorded: RecordedRequest[];
  let iconProxy: RunningProxy;
  let iconUrl: string;

  test.beforeAll(async () => {
    recorded = [];
    recorder = http.createServer((request, response) => {
      recorded.push({ url: request.url ?? '', headers: request.headers });
      response.writeHead(200, { 'Content-Type': 'image/png' }).end(PNG_1X1);
    });
    await new Promise<void>((resolve) => recorder.listen(0, '127.0.0.1', resolve));
    iconUrl = `http://127.0.0.1:${(recorder.address() as AddressInfo).port}/icon.png`;
    const server = fixtureServerCommand('iconServer');
    iconProxy = await startProxy(['--', server.command, ...server.args, '--icon-url', iconUrl]);
  });
  test.afterAll(async () => {
    await iconProxy?.stop();
    await new Promise((resolve) => recorder?.close(resolve));
  });

  test('another loopback port gets nothing until the click, and then no token', async ({ page }) => {
    const inspector = new InspectorPage(page);
    await inspector.open(iconProxy.url);
    await inspector.expectConnected();
    await inspector.showTab('Handshake');
    const handshake = page.getByRole('tabpanel', { name: 'Handshake' });
    await expect(handshake).toContainText('icon-fixture');
    const load = handshake.getByRole('button', { name: `Load icon from ${new URL(iconUrl).host}` });
    await expect(load).toBeVisible();
    // Let a would-be automatic load happen before looking.
    await page.waitForTimeout(500);
    expect(recorded).toEqual([]);

    await load.click();
    await expect(handshake.locator(`img[src="${iconUrl}"]`)).toBeVisible();
    await expect.poll(() => recorded.length).toBeGreaterThan(0);
    for (const request of recorded) {
      expect(request.headers.cookie).toBeUndefined();
      expect(request.headers.authorization).toBeUndefined();
      expect(request.headers.referer).toBeUndefined();
      expect(JSON.stringify(request)).not.toContain(iconProxy.token);
    }
  });

  test('the token is in no cookie and no web storage, and a reload still works', async ({ page, context }) => {
    const inspector = new InspectorPage(page);
    const responses: Response[] = [];
    page.on('response', (response) => responses.push(response));
    await inspector.open(iconProxy.url);
    await inspector.expectConnected();
    await expectServedLikeAProductionSite(responses);
    const stored = await page.evaluate(() => ({
      cookie: document.cookie,
      session: JSON.stringify({ ...sessionStorage }),
      local: JSON.stringify({ ...localStorage }),
    }));
    expect(stored.cookie).toBe('');
    expect(stored.session).not.toContain(iconProxy.token);
    expect(stored.local).not.toContain(iconProxy.token);
    expect(await context.cookies()).toEqual([]);
    expect(new URL(page.url()).searchParams.has('token')).toBe(false);

    await page.reload();
    await inspector.expectConnected();
    expect(await context.cookies()).toEqual([]);
  });
});

/**
 * The first load as the browser saw it: the built files precompressed (brotli), hashed ones cached for
 * a year, the HTML revalidated, and neither Monaco nor the markdown renderer fetched (the CSP allowed
 * every chunk, or the page would not have connected).
 */
async function expectServedLikeAProductionSite(responses: Response[]): Promise<void> {
  const assets = responses.filter((response) => new URL(response.url()).pathname.startsWith('/assets/'));
  expect(assets.map((response) => new URL(response.url()).pathname.replace(/-[\w-]+\./, '.'))).toEqual(expect.arrayContaining(['/assets/index.js', '/assets/index.css']));
  for (const asset of assets) {
    const headers = await asset.allHeaders();
    expect(headers['content-encoding'], asset.url()).toBe('br');
    expect(headers['cache-control'], asset.url()).toBe('public, max-age=31536000, immutable');
    expect(headers.vary, asset.url()).toBe('Accept-Encoding');
    expect(asset.url()).not.toMatch(/Monaco|Markdown|worker/);
  }
  const page = responses.find((response) => response.request().resourceType() === 'document');
  const pageHeaders = await page!.allHeaders();
  expect(pageHeaders['cache-control']).toBe('no-cache');
  expect(pageHeaders.etag).toBeTruthy();
}
