// The proxy can start processes, so every way in is guarded: token on every HTTP request and on the
// socket upgrade, Host (DNS rebinding) and Origin checks, and a loopback-only listener.
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import WebSocket from 'ws';
import { expect, test } from '@playwright/test';
import { SOCKET_PATH } from '../shared/inspectorProtocol';
import { InspectorSocketClient } from './fixtures/inspectorSocketClient';
import { startProxy, type RunningProxy } from './fixtures/proxyProcess';
import { fixtureServerCommand } from './fixtures/paths';

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

  test('refuses the UI page itself without the token', async () => {
    expect(await get('/', { Host: hostHeader() })).toBe(401);
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
