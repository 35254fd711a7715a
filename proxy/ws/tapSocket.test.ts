// Taps joining a running inspector at /api/tap: only a program holding the token (no Origin, which
// every browser sends), a hello then events, and whatever else a tap sends closes its report without
// harm to the inspector.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { ConnectionSummary } from '../../shared/connectionTypes';
import { TAP_CLOSE_INVALID, TAP_CLOSE_REMOVED, TAP_SOCKET_PATH } from '../../shared/tap/tapProtocol';
import { observeInspector } from '../inspector/observeInspector';
import { startInspectorServer, type InspectorServer } from '../server';

const token = 'tap-socket-test-token';
const hello = { type: 'hello', target: { transport: 'stdio', command: 'node', args: ['weather.js'], env: {} }, tap: { via: 'stdio', pid: 7 } };

function open(server: InspectorServer, headers: Record<string, string>): Promise<{ socket: WebSocket; status?: number }> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`ws://127.0.0.1:${server.port}${TAP_SOCKET_PATH}`, { headers });
    socket.once('open', () => resolve({ socket }));
    socket.once('unexpected-response', (_request, response) => resolve({ socket, status: response.statusCode }));
    socket.on('error', () => {});
  });
}

const closeCode = (socket: WebSocket) => new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
const nextFrame = (socket: WebSocket) => new Promise<unknown>((resolve) => socket.once('message', (data) => resolve(JSON.parse(data.toString()))));

describe('the tap socket', () => {
  let server: InspectorServer;
  let seen: ReturnType<typeof observeInspector>;
  beforeAll(async () => {
    server = await startInspectorServer({ port: 0, token, log: () => {} });
    seen = observeInspector(server.inspector);
  });
  afterAll(() => server.close());

  it('refuses a page (any Origin) and a program without the token', async () => {
    expect((await open(server, { Authorization: `Bearer ${token}`, Origin: `http://127.0.0.1:${server.port}` })).status).toBe(403);
    expect((await open(server, { Authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await open(server, {})).status).toBe(401);
  });

  it('lists a tap that says hello as a tapped connection, with the events it sends', async () => {
    const { socket } = await open(server, { Authorization: `Bearer ${token}` });
    socket.send(JSON.stringify(hello));
    const joined = (await nextFrame(socket)) as { type: string; connectionId: string };
    expect(joined.type).toBe('joined');
    socket.send(JSON.stringify({ type: 'events', events: [{ kind: 'transport', event: { type: 'spawned', pid: 1, command: 'node weather.js' } }, { kind: 'stderr', text: 'hello from the server' }] }));
    const summary: ConnectionSummary = await seen.state(joined.connectionId, ['connected']);
    expect(summary.tap).toEqual(hello.tap);
    await seen.until(() => seen.events.find((event) => event.connectionId === joined.connectionId && event.kind === 'stderr'), 'the stderr event');
    // Removing it in the UI tells the tap to stop reporting.
    const closed = closeCode(socket);
    await server.inspector.remove(joined.connectionId);
    expect(await closed).toBe(TAP_CLOSE_REMOVED);
  });

  it.each([
    ['not JSON', 'hello?'],
    ['events before hello', JSON.stringify({ type: 'events', events: [{ kind: 'stderr', text: 'x' }] })],
    ['an unknown frame', JSON.stringify({ type: 'takeover' })],
  ])('closes the report of a tap that sends %s', async (_what, frame) => {
    const { socket } = await open(server, { Authorization: `Bearer ${token}` });
    const closed = closeCode(socket);
    socket.send(frame);
    expect(await closed).toBe(TAP_CLOSE_INVALID);
  });

  it('marks the connection when a joined tap sends an event that is not one', async () => {
    const { socket } = await open(server, { Authorization: `Bearer ${token}` });
    socket.send(JSON.stringify(hello));
    const { connectionId } = (await nextFrame(socket)) as { connectionId: string };
    const closed = closeCode(socket);
    socket.send(JSON.stringify({ type: 'events', events: [{ kind: 'message', direction: 'sideways' }] }));
    expect(await closed).toBe(TAP_CLOSE_INVALID);
    expect((await seen.state(connectionId, ['disconnected'])).error).toMatch(/an invalid frame/);
    // The inspector goes on: another tap still joins.
    const next = await open(server, { Authorization: `Bearer ${token}` });
    next.socket.send(JSON.stringify(hello));
    expect(await nextFrame(next.socket)).toMatchObject({ type: 'joined' });
    next.socket.close();
  });
});
