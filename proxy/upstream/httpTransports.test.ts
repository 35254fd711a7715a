// The HTTP transports through the inspector, against server-everything over Streamable HTTP and over
// legacy SSE (reached with `auto`, which must fall back), and against a bare server that records
// what it was sent (headers reach the server; secrets never reach the log).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONNECTION_SETTINGS, type EraChoice, type RemoteTarget } from '../../shared/connectionTypes';
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

  /** Connects in the era, disconnects once the handshake settled; the summary and the connection's findings. */
  async function connectOnce(target: RemoteTarget, era: EraChoice) {
    const { id } = inspector.connect(target, { ...DEFAULT_CONNECTION_SETTINGS, era });
    const summary = await seen.state(id, ['connected', 'failed', 'exited']);
    const methods = seen.events.flatMap((event) =>
      event.kind === 'message' && event.connectionId === id && event.direction === 'outgoing' ? [String((event.message as { method?: unknown }).method)] : [],
    );
    await inspector.get(id).disconnect();
    const findings = inspector.snapshot().findings.filter((finding) => finding.connectionId === id);
    return { summary, methods, findings };
  }

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

    it('era auto with transport auto or http: the refused probe means initialize on Streamable HTTP, with no finding', async () => {
      for (const transport of ['auto', 'streamable-http'] as const) {
        const { summary, methods, findings } = await connectOnce({ transport, url: server.url, headers: {} }, 'auto');
        expect(summary).toMatchObject({ state: 'connected', transport: 'streamable-http', handshake: { negotiation: { era: 'legacy', fellBack: true } } });
        expect(summary.handshake?.negotiation?.reason).toBe('The server refused server/discover with HTTP 400');
        expect(methods.slice(0, 2)).toEqual(['server/discover', 'initialize']);
        expect(findings).toEqual([]);
      }
    });

    it('era modern: fails in plain words, naming the refused probe and the eras that would connect', async () => {
      const { summary } = await connectOnce({ transport: 'auto', url: server.url, headers: {} }, 'modern');
      expect(summary.state).toBe('failed');
      expect(summary.error).toMatch(/^The server refused server\/discover with HTTP 400, as a legacy server .*--era auto or --era legacy/);
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
      expect(inspector.snapshot().findings.filter((finding) => finding.connectionId === id)).toEqual([]);
    });

    it('era auto with transport auto: probe refused, initialize refused, then SSE; no finding for either refusal', async () => {
      const { summary, methods, findings } = await connectOnce({ transport: 'auto', url: server.url, headers: {} }, 'auto');
      expect(summary).toMatchObject({ state: 'connected', transport: 'sse', handshake: { negotiation: { era: 'legacy', fellBack: true } } });
      expect(methods.slice(0, 3)).toEqual(['server/discover', 'initialize', 'initialize']);
      expect(findings).toEqual([]);
    });

    it('era auto with transport sse: the probe is answered -32601 over SSE and initialize follows', async () => {
      const { summary, findings } = await connectOnce({ transport: 'sse', url: server.url, headers: {} }, 'auto');
      expect(summary).toMatchObject({ state: 'connected', transport: 'sse' });
      expect(summary.handshake?.negotiation?.reason).toContain('error -32601');
      expect(findings).toEqual([]);
    });

    it('era modern over SSE: says the server answered -32601 "method not found", i.e. it is legacy', async () => {
      const { summary } = await connectOnce({ transport: 'sse', url: server.url, headers: {} }, 'modern');
      expect(summary).toMatchObject({ state: 'failed' });
      expect(summary.error).toContain('answered server/discover with -32601 "method not found", i.e. it is a legacy server');
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
