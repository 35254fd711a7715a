// Correlation and frame handling against a fake socket object (no network).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InspectorSocket, reconnectDelay, type WebSocketLike } from './InspectorSocket';
import type { ConnectionSummary } from '../../../shared/connectionTypes';
import { INSPECTOR_PROTOCOL_VERSION } from '../../../shared/inspectorProtocol';

class FakeSocket implements WebSocketLike {
  readyState = 0;
  sent: { id: number; method: string; params: unknown }[] = [];
  onopen: WebSocketLike['onopen'] = null;
  onmessage: WebSocketLike['onmessage'] = null;
  onclose: WebSocketLike['onclose'] = null;
  onerror: WebSocketLike['onerror'] = null;
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close() {
    this.readyState = 3;
  }
  open() {
    this.readyState = 1;
    this.onopen?.({});
  }
  reply(frame: unknown) {
    this.onmessage?.({ data: JSON.stringify(frame) });
  }
  drop() {
    this.readyState = 3;
    this.onclose?.({ code: 1006, reason: '' });
  }
}

const summary: ConnectionSummary = {
  id: 'c1',
  label: 'demo',
  target: { transport: 'stdio', command: 'node', args: [], env: {} },
  state: 'connecting',
  stderrTail: [],
  attempt: 1,
};
const snapshot = { protocolVersion: INSPECTOR_PROTOCOL_VERSION, launch: { inspectorVersion: '0.1.0', isDemo: false }, connections: [], events: [], eventCount: 0, olderEventCounts: {}, pageEventLimit: 100_000, findings: [], serverRequests: [] };

function setup() {
  const sockets: FakeSocket[] = [];
  const inspector = new InspectorSocket({
    url: () => 'ws://x/api/socket',
    createSocket: () => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket;
    },
  });
  inspector.start();
  return { inspector, sockets };
}

async function attached() {
  const { inspector, sockets } = setup();
  const socket = sockets[0]!;
  socket.open();
  const attach = socket.sent[0]!;
  expect(attach.method).toBe('attach');
  socket.reply({ id: attach.id, result: snapshot });
  await vi.waitFor(() => expect(inspector.getStatus().phase).toBe('attached'));
  return { inspector, socket, sockets };
}

describe('InspectorSocket', () => {
  beforeEach(() => void vi.spyOn(console, 'warn').mockImplementation(() => {}));
  afterEach(() => void vi.restoreAllMocks());

  it('attaches first and hands the snapshot to listeners', async () => {
    const { inspector, sockets } = setup();
    const seen: unknown[] = [];
    inspector.onAttached((s) => seen.push(s));
    sockets[0]!.open();
    sockets[0]!.reply({ id: sockets[0]!.sent[0]!.id, result: snapshot });
    await vi.waitFor(() => expect(seen).toEqual([snapshot]));
  });

  it('correlates replies by id, validates results, and rejects proxy errors', async () => {
    const { inspector, socket } = await attached();
    const connect = inspector.connect({ target: summary.target });
    const disconnect = inspector.disconnect({ connectionId: 'c1' });
    const [, connectFrame, disconnectFrame] = socket.sent;
    socket.reply({ id: disconnectFrame!.id, error: { message: 'no such connection' } });
    socket.reply({ id: connectFrame!.id, result: summary });
    await expect(connect).resolves.toEqual(summary);
    await expect(disconnect).rejects.toThrow('no such connection');
  });

  it('rejects a reply that does not match the result schema', async () => {
    const { inspector, socket } = await attached();
    const connect = inspector.connect({ target: summary.target });
    socket.reply({ id: socket.sent[1]!.id, result: { nope: true } });
    await expect(connect).rejects.toThrow(/Unexpected reply to connect/);
  });

  it('delivers typed events and ignores malformed frames', async () => {
    const { inspector, socket } = await attached();
    const changed: ConnectionSummary[] = [];
    inspector.on('connectionChanged', (c) => changed.push(c));
    socket.onmessage?.({ data: 'not json' });
    socket.reply({ event: 'connectionChanged', params: { id: 42 } });
    socket.reply({ event: 'connectionChanged', params: summary });
    expect(changed).toEqual([summary]);
  });

  it('keeps the valid events of a batch with one malformed event', async () => {
    const { inspector, socket } = await attached();
    const batches: number[][] = [];
    inspector.on('eventsRecorded', ({ events }) => batches.push(events.map((e) => e.seq)));
    const good = { seq: 1, time: 0, connectionId: 'c1', kind: 'stderr', text: 'hi' };
    socket.reply({ event: 'eventsRecorded', params: { events: [good, { seq: 2, kind: 'bogus' }] } });
    expect(batches).toEqual([[1]]);
  });

  it('puts back a request result the answer left in the recorded response it names (resultSeq)', async () => {
    const { inspector, socket } = await attached();
    const result = { content: [{ type: 'text', text: 'Echo: big' }] };
    const response = { seq: 7, time: 0, connectionId: 'c1', kind: 'message', direction: 'incoming', size: 9, message: { jsonrpc: '2.0', id: 3, result } };
    const echo = inspector.request({ connectionId: 'c1', method: 'tools/call' });
    const lost = inspector.request({ connectionId: 'c1', method: 'ping' });
    socket.reply({ event: 'eventsRecorded', params: { events: [response] } });
    socket.reply({ id: socket.sent[1]!.id, result: { ok: true, resultSeq: 7, durationMs: 1 } });
    await expect(echo).resolves.toEqual({ ok: true, result, resultSeq: 7, durationMs: 1 });
    // An answer naming an event this page never received is an error, not a missing result.
    socket.reply({ id: socket.sent[2]!.id, result: { ok: true, resultSeq: 8, durationMs: 1 } });
    await expect(lost).rejects.toThrow(/recorded event 8, which this page has not received/);
  });

  it('fails pending requests when the socket drops, then reconnects and re-attaches', async () => {
    vi.useFakeTimers();
    try {
      const { inspector, socket, sockets } = await attached();
      const pending = inspector.connect({ target: summary.target });
      socket.drop();
      await expect(pending).rejects.toThrow(/lost/);
      expect(inspector.getStatus()).toMatchObject({ phase: 'reconnecting', attempt: 1 });
      await expect(inspector.connect({ target: summary.target })).rejects.toThrow(/Not connected/);
      vi.advanceTimersByTime(reconnectDelay(1));
      expect(sockets).toHaveLength(2);
      sockets[1]!.open();
      expect(sockets[1]!.sent[0]!.method).toBe('attach');
    } finally {
      vi.useRealTimers();
    }
  });

  it('backs off exponentially up to a cap', () => {
    expect([1, 2, 3, 4, 5, 6, 10].map(reconnectDelay)).toEqual([250, 500, 1000, 2000, 4000, 8000, 8000]);
  });
});
