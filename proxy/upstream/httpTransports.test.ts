// The HTTP transports through the inspector, against server-everything over Streamable HTTP and over
// legacy SSE (reached with `auto`, which must fall back), and against a bare server that records
// what it was sent (headers reach the server; secrets never reach the log).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedEvent, TransportEvent } from '../../shared/recordedEvent';
import { Inspector } from '../inspector/Inspector';
import { observeInspector } from '../inspector/observeInspector';
import { startEverythingServer as startEverythingHttp, type RunningHttpServer } from '../../e2e/fixtures/everythingServer';

const transportEvents = (events: RecordedEvent[], connectionId: string): TransportEvent[] =>
  events.flatMap((event) => (event.kind === 'transport' && event.connectionId === connectionId ? [event.event] : []));

describe('remote servers', () => {
  const inspector = new Inspector({ inspectorVersion: '0.0.0-test', isDemo: false });
  const seen = observeInspector(inspector);
  afterAll(() => inspector.closeAll());

  describe('Streamable HTTP', () => {
    let server: RunningHttpServer;
    beforeAll(async () => (server = await startEverythingHttp('streamableHttp')));
    afterAll(() => server?.stop());

    it('connects with auto, records each HTTP exchange with its session id, and ends the session', async () => {
      const { id } = inspector.connect({ transport: 'auto', url: server.url, headers: {} });
      const connected = await seen.state(id, ['connected', 'failed', 'exited']);
      expect(connected).toMatchObject({ state: 'connected', transport: 'streamable-http', label: 'Everything Reference Server' });
      expect(connected.handshake?.serverInfo.name).toBe('mcp-servers/everything');
      expect(await inspector.get(id).request('ping', undefined)).toMatchObject({ ok: true });

      const exchanges = transportEvents(seen.events, id).filter((event) => event.type === 'http');
      expect(exchanges[0]).toMatchObject({ method: 'POST', url: server.url, status: 200, durationMs: expect.any(Number), sessionId: expect.any(String) });
      const messages = seen.events.filter((event) => event.kind === 'message' && event.connectionId === id);
      expect(messages.map((event) => event.kind === 'message' && event.direction)).toContain('incoming');

      await inspector.get(id).disconnect();
      expect(transportEvents(seen.events, id).some((event) => event.type === 'http' && event.method === 'DELETE')).toBe(true);
    });
  });

  describe('legacy SSE', () => {
    let server: RunningHttpServer;
    beforeAll(async () => (server = await startEverythingHttp('sse')));
    afterAll(() => server?.stop());

    it('falls back from Streamable HTTP to SSE with auto, and says so', async () => {
      const { id } = inspector.connect({ transport: 'auto', url: server.url, headers: {} });
      const connected = await seen.state(id, ['connected', 'failed', 'exited']);
      expect(connected).toMatchObject({ state: 'connected', transport: 'sse' });
      const events = transportEvents(seen.events, id);
      const refused = events.find((event) => event.type === 'http' && event.method === 'POST');
      expect([400, 404, 405]).toContain(refused?.type === 'http' ? refused.status : 0);
      expect(events).toContainEqual({ type: 'error', message: expect.stringMatching(/falling back to the legacy HTTP\+SSE transport/) });
      expect(events).toContainEqual({ type: 'connecting', transport: 'sse' });
      expect(await inspector.get(id).request('tools/call', { name: 'echo', arguments: { message: 'over sse' } })).toMatchObject({
        ok: true,
        result: { content: [{ text: 'Echo: over sse' }] },
      });
      await inspector.get(id).disconnect();
    });
  });

  describe('headers and secrets', () => {
    const received: http.IncomingHttpHeaders[] = [];
    let bare: http.Server;
    let url: string;
    beforeAll(async () => {
      bare = http.createServer((request, response) => {
        received.push(request.headers);
        response.writeHead(401, { 'content-type': 'text/plain' }).end('no');
      });
      await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/mcp?api_key=k3y-in-url&page=2`;
    });
    afterAll(() => new Promise<void>((resolve) => bare.close(() => resolve())));

    it('sends the configured headers but never records their values or URL credentials', async () => {
      const headers = { Authorization: 'Bearer t0ken-value', 'X-Api-Key': 'h3ader-value' };
      const { id } = inspector.connect({ transport: 'streamable-http', url, headers });
      const failed = await seen.state(id, ['connected', 'failed', 'exited']);
      expect(failed).toMatchObject({ state: 'failed', error: 'HTTP 401: Error POSTing to endpoint: no' });
      expect(received[0]).toMatchObject({ authorization: 'Bearer t0ken-value', 'x-api-key': 'h3ader-value' });

      const exchange = transportEvents(seen.events, id).find((event) => event.type === 'http');
      expect(exchange).toMatchObject({
        method: 'POST',
        status: 401,
        requestHeaders: expect.objectContaining({ authorization: 'Bearer ***', 'x-api-key': '***', 'content-type': 'application/json' }),
        responseHeaders: expect.objectContaining({ 'content-type': 'text/plain' }),
        responseBody: 'no',
      });
      expect(exchange?.type === 'http' && exchange.url).toBe(`http://127.0.0.1:${new URL(url).port}/mcp?api_key=***&page=2`);
      const log = JSON.stringify(seen.events.filter((event) => event.connectionId === id));
      for (const secret of ['t0ken-value', 'h3ader-value', 'k3y-in-url']) expect(log).not.toContain(secret);
    });

    it('fails clearly when nothing listens at the URL', async () => {
      const closedPort = await new Promise<number>((resolve) => {
        const probe = http.createServer().listen(0, '127.0.0.1', () => {
          const { port } = probe.address() as AddressInfo;
          probe.close(() => resolve(port));
        });
      });
      const { id } = inspector.connect({ transport: 'auto', url: `http://127.0.0.1:${closedPort}/mcp`, headers: {} });
      const failed = await seen.state(id, ['connected', 'failed', 'exited']);
      expect(failed.state).toBe('failed');
      expect(failed.error).toMatch(/ECONNREFUSED/);
    });
  });
});
