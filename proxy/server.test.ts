// The whole proxy as a browser reaches it: one HTTP server on 127.0.0.1 with the guard on every route
// and on the socket upgrade, the static UI (no token, no cookie), and a launch target connected at
// start and ended on close.
import http from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInspectorServer, type InspectorServer } from './server';
import { TestSocketClient, type Frame } from './ws/testSocketClient';
import type { RecordedEvent } from '../shared/recordedEvent';
import { DEFAULT_PAGE_EVENT_LIMIT, INSPECTOR_PROTOCOL_VERSION } from '../shared/inspectorProtocol';

const require = createRequire(import.meta.url);

/** The recorded event an answer's `resultSeq` names, if it arrived on the socket before that answer. */
function answeredBefore(client: TestSocketClient, answer: Frame): RecordedEvent | undefined {
  const seq = (answer.result as { resultSeq?: number }).resultSeq;
  const before = client.frames.slice(0, client.frames.indexOf(answer));
  const events = before.flatMap((frame) => (frame.event === 'eventsRecorded' ? (frame.params as { events: RecordedEvent[] }).events : []));
  return events.find((event) => event.seq === seq);
}
const everythingEntry = require.resolve('@modelcontextprotocol/server-everything/dist/index.js');
const token = 'server-test-token';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function get(port: number, urlPath: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path: urlPath, headers: { Host: `127.0.0.1:${port}`, ...headers } }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

const upgradeStatus = (port: number, query: string, headers: Record<string, string>) =>
  TestSocketClient.open(port, query, headers).then(
    (client) => {
      client.close();
      return 101;
    },
    (error: Error) => Number(error.message.replace('HTTP ', '')),
  );

describe('startInspectorServer without a target', () => {
  let server: InspectorServer;
  let clientDir: string;
  const bearer = { Authorization: `Bearer ${token}` };

  beforeAll(async () => {
    clientDir = mkdtempSync(path.join(os.tmpdir(), 'mcp-inspect-ui-'));
    writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>mcp-inspect ui</title>');
    writeFileSync(path.join(clientDir, 'app.js'), 'console.log("ui")');
    server = await startInspectorServer({ port: 0, token, clientDir, log: () => {} });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(clientDir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 only and prints a URL with the token', () => {
    expect(server.address()).toMatchObject({ address: '127.0.0.1', family: 'IPv4', port: server.port });
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${token}`);
  });

  it('answers /api/health only with the token', async () => {
    const refused = await get(server.port, '/api/health');
    expect(refused.status).toBe(401);
    expect(refused.body).toMatch(/open the URL printed by mcp-inspect/);
    const healthy = await get(server.port, '/api/health', bearer);
    expect(healthy.status).toBe(200);
    expect(JSON.parse(healthy.body)).toEqual({ ok: true, version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it('refuses a foreign Host or Origin even with the token', async () => {
    expect((await get(server.port, '/api/health', { ...bearer, Host: 'evil.example' })).status).toBe(403);
    expect((await get(server.port, '/api/health', { ...bearer, Host: `evil.example:${server.port}` })).status).toBe(403);
    expect((await get(server.port, '/api/health', { ...bearer, Origin: 'http://evil.example' })).status).toBe(403);
    expect((await get(server.port, '/api/health', { ...bearer, 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
  });

  it('sends security headers and no CORS headers', async () => {
    for (const reply of [await get(server.port, '/api/health', bearer), await get(server.port, '/api/health')]) {
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.headers['referrer-policy']).toBe('no-referrer');
      expect(reply.headers['content-security-policy']).toContain(`connect-src 'self' ws://127.0.0.1:${server.port} ws://localhost:${server.port}`);
      expect(Object.keys(reply.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
      expect(reply.headers['x-powered-by']).toBeUndefined();
    }
  });

  // The UI files hold no secret; the token stays in the page's memory and URL fragment, never in a
  // cookie (a cookie for 127.0.0.1 goes to every port of 127.0.0.1, so any local server would get it).
  it('serves the UI without the token and never sets a cookie; /api still needs the token', async () => {
    const page = await get(server.port, '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('mcp-inspect ui');
    expect((await get(server.port, '/app.js')).body).toBe('console.log("ui")');
    expect((await get(server.port, '/connections/c1')).body).toContain('mcp-inspect ui');
    for (const reply of [page, await get(server.port, `/?token=${token}`), await get(server.port, '/api/health', bearer)]) {
      expect(reply.headers['set-cookie']).toBeUndefined();
    }
    expect((await get(server.port, '/', { Host: 'evil.example' })).status).toBe(403);
    expect((await get(server.port, '/api/nope')).status).toBe(401);
    expect((await get(server.port, '/API/health')).status).toBe(401);
    expect((await get(server.port, '/api/health', { Cookie: `mcp_inspect_token_${server.port}=${token}` })).status).toBe(401);
  });

  it('guards the socket upgrade: token, Origin (required), Host and path', async () => {
    const origin = `http://127.0.0.1:${server.port}`;
    expect(await upgradeStatus(server.port, '', { Origin: origin })).toBe(401);
    expect(await upgradeStatus(server.port, 'wrong', { Origin: origin })).toBe(401);
    expect(await upgradeStatus(server.port, token, {})).toBe(403);
    expect(await upgradeStatus(server.port, token, { Origin: 'http://evil.example' })).toBe(403);
    expect(await upgradeStatus(server.port, token, { Origin: origin, Host: 'evil.example' })).toBe(403);
    expect(await upgradeStatus(server.port, token, { Origin: origin })).toBe(101);
    const otherPath = await new Promise<number>((resolve) => {
      const request = http.request({ host: '127.0.0.1', port: server.port, path: '/elsewhere', headers: { Connection: 'Upgrade', Upgrade: 'websocket' } });
      request.on('response', (response) => resolve(response.statusCode ?? 0));
      request.on('upgrade', () => resolve(101));
      request.on('error', () => resolve(-1));
      request.end();
    });
    expect(otherPath).toBe(404);
  });

  it('attaches with an empty snapshot and the launch info', async () => {
    const client = await TestSocketClient.open(server.port, token);
    const snapshot = await client.attach();
    expect(snapshot).toEqual({
      protocolVersion: INSPECTOR_PROTOCOL_VERSION,
      // MCP Apps are framed from a second loopback port, never the inspector's own.
      launch: { inspectorVersion: expect.any(String), isDemo: false, appSandboxOrigin: expect.not.stringMatching(`:${server.port}$`) },
      connections: [],
      events: [],
      eventCount: 0,
      olderEventCounts: {},
      pageEventLimit: DEFAULT_PAGE_EVENT_LIMIT,
      findings: [],
      serverRequests: [],
    });
    client.close();
  });
});

describe('startInspectorServer with a launch target', () => {
  let server: InspectorServer;

  beforeAll(async () => {
    server = await startInspectorServer({
      port: 0,
      token,
      clientDir: path.join(os.tmpdir(), 'mcp-inspect-no-ui-here'),
      target: { transport: 'stdio', command: process.execPath, args: [everythingEntry, 'stdio'], env: {} },
      isDemo: true,
      log: () => {},
    });
  });
  afterAll(() => server?.close());

  it('says the UI is not built when dist/client is missing', async () => {
    const reply = await get(server.port, `/?token=${token}`);
    expect(reply.status).toBe(503);
    expect(reply.body).toBe('UI not built: run npm run build\n');
  });

  it('connects to the target at start; a socket sees it, its events, and can use it', async () => {
    const client = await TestSocketClient.open(server.port, token);
    const snapshot = await client.attach();
    expect(snapshot.launch).toMatchObject({ isDemo: true, target: { transport: 'stdio', command: process.execPath } });
    expect(snapshot.connections).toHaveLength(1);
    const id = snapshot.connections[0]!.id;
    const seen = () => [...snapshot.events, ...client.events()];
    await client.waitFor(() => client.latest(id)?.state === 'connected' || snapshot.connections[0]!.state === 'connected');
    const methods = await client.waitFor(() => {
      const found = seen().flatMap((event) => (event.kind === 'message' ? [(event.message as { method?: string }).method ?? 'response'] : []));
      return found.includes('notifications/initialized') ? found : undefined;
    });
    expect(methods.slice(0, 3)).toEqual(['initialize', 'response', 'notifications/initialized']);

    // The answer names the recorded response that holds the result, sent on the socket before it.
    const ping = await client.call('request', { connectionId: id, method: 'ping' });
    expect(ping.result).toMatchObject({ ok: true, resultSeq: expect.any(Number) });
    // …and keeps the request's own seq, which the page links "#37 → #38 · Show in log" from.
    const { requestSeq, resultSeq } = ping.result as { requestSeq?: number; resultSeq: number };
    expect(requestSeq).toBeLessThan(resultSeq);
    expect(answeredBefore(client, ping)).toMatchObject({ kind: 'message', direction: 'incoming', message: { result: {} } });
    client.close();
  });

  it('sends a big result to the page once: in its recorded response, which the answer names', async () => {
    const client = await TestSocketClient.open(server.port, token);
    const snapshot = await client.attach();
    const id = snapshot.connections[0]!.id;
    const message = `big ${'x'.repeat(1024 * 1024)}`;
    const echo = await client.call('request', { connectionId: id, method: 'tools/call', params: { name: 'echo', arguments: { message } } });
    const outcome = echo.result as { ok: boolean; result?: unknown; resultSeq?: number };
    expect(outcome).toMatchObject({ ok: true, resultSeq: expect.any(Number) });
    expect(outcome).not.toHaveProperty('result');
    expect(answeredBefore(client, echo)).toMatchObject({ message: { result: { content: [{ type: 'text', text: `Echo: ${message}` }] } } });
    // The payload went out twice in all: in the request as sent to the server and in its response.
    const copies = client.frames.map((frame) => JSON.stringify(frame).split(message).length - 1);
    expect(copies.reduce((sum, count) => sum + count, 0)).toBe(2);
    expect(JSON.stringify(echo)).not.toContain(message);
    client.close();
  });

  it('ends the server process on close', async () => {
    const spawned = server.inspector.snapshot().events.find((event) => event.kind === 'transport' && event.event.type === 'spawned');
    const pid = spawned?.kind === 'transport' && spawned.event.type === 'spawned' ? spawned.event.pid : 0;
    expect(() => process.kill(pid, 0)).not.toThrow();
    await server.close();
    expect(() => process.kill(pid, 0)).toThrow();
  });
});

describe('ports', () => {
  it('refuses a busy port it was told to use, naming it and --port', async () => {
    const first = await startInspectorServer({ port: 0, token, log: () => {} });
    try {
      await expect(startInspectorServer({ port: first.port, token, log: () => {} })).rejects.toThrow(
        new RegExp(`Port ${first.port} on 127.0.0.1 is already in use.*--port`),
      );
      const next = await startInspectorServer({ port: first.port, tryNextPorts: 20, token, log: () => {} });
      expect(next.port).toBeGreaterThan(first.port);
      await next.close();
    } finally {
      await first.close();
    }
  });
});
