// The socket protocol as a page sees it: envelopes checked against the shared schemas, attach first,
// clear errors for anything wrong (and no crash), batched events, and snapshot-then-deltas with
// nothing lost or repeated even when a page attaches in the middle of a burst.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EventEmitter } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import type { RecordedEvent } from '../../shared/recordedEvent';
import { INSPECTOR_PROTOCOL_VERSION } from '../../shared/inspectorProtocol';
import { Inspector } from '../inspector/Inspector';
import { startInspectorServer, type InspectorServer } from '../server';
import { CLOSE_FELL_BEHIND, MAX_BUFFERED_BYTES, SocketSession } from './socketSession';
import { TestSocketClient } from './testSocketClient';

const token = 'socket-test-token';

describe('socket protocol', () => {
  let server: InspectorServer;
  const logged: string[] = [];
  beforeAll(async () => (server = await startInspectorServer({ port: 0, token, log: (message) => logged.push(message) })));
  afterAll(() => server?.close());

  it('requires attach first', async () => {
    const client = await TestSocketClient.open(server.port, token);
    expect((await client.call('request', { connectionId: 'c1', method: 'ping' })).error?.message).toMatch(/Send "attach" first/);
    client.close();
  });

  it('checks the protocol version and names both', async () => {
    const client = await TestSocketClient.open(server.port, token);
    const answer = await client.call('attach', { protocolVersion: 999 });
    expect(answer.error?.message).toMatch(new RegExp(`speaks inspector protocol ${INSPECTOR_PROTOCOL_VERSION}, the page speaks 999`));
    client.close();
  });

  it('ignores frames it cannot answer, and answers malformed requests with specific errors', async () => {
    const client = await TestSocketClient.open(server.port, token);
    client.sendText('this is not json {');
    client.sendText(JSON.stringify({ method: 'attach', params: { protocolVersion: INSPECTOR_PROTOCOL_VERSION } }));
    client.sendText(JSON.stringify({ id: 41, params: {} }));
    expect((await client.waitFor(() => client.frames.find((frame) => frame.id === 41))).error?.message).toMatch(/Invalid request envelope.*method/s);
    expect(logged).toEqual(expect.arrayContaining(['ignored a frame that is not JSON', 'ignored a frame without a numeric id']));

    await client.attach();
    expect((await client.call('launchMissiles', {})).error?.message).toBe('Unknown method "launchMissiles"');
    const badTarget = await client.call('connect', { target: { transport: 'stdio', command: '', args: [], env: {} } });
    expect(badTarget.error?.message).toMatch(/Invalid params for "connect":.*A command is required/s);
    const badUrl = await client.call('connect', { target: { transport: 'auto', url: 'file:///etc/passwd', headers: {} } });
    expect(badUrl.error?.message).toMatch(/Invalid params for "connect":.*http:\/\/ or https:\/\//s);
    expect((await client.call('disconnect', { connectionId: 'c99' })).error?.message).toBe('There is no connection "c99"');
    expect((await client.call('request', { connectionId: 'c1', method: '' })).error?.message).toMatch(/Invalid params for "request"/);
    client.close();
  });

  it('answers bad server-request answers, cancels and roots with specific errors', async () => {
    const client = await TestSocketClient.open(server.port, token);
    await client.attach();
    const respond = await client.call('respond', { connectionId: 'c1', requestId: 'r404', answer: { result: {} } });
    expect(respond.error?.message).toBe('There is no pending server request "r404" on connection "c1"');
    const noAnswer = await client.call('respond', { connectionId: 'c1', requestId: 'r1', answer: { maybe: true } });
    expect(noAnswer.error?.message).toMatch(/Invalid params for "respond"/);
    const badRoot = await client.call('setRoots', { connectionId: 'c1', roots: [{ uri: 'https://example.com' }] });
    expect(badRoot.error?.message).toMatch(/Invalid params for "setRoots":.*file:\/\//s);
    expect((await client.call('cancelRequest', { connectionId: 'c99', requestKey: 'k' })).error?.message).toBe('There is no connection "c99"');
    client.close();
  });

  it('sends a snapshot, then exactly the later events, batched, even mid-burst', async () => {
    const early = await TestSocketClient.open(server.port, token);
    await early.attach();
    // A "server" that writes a burst of stdout lines, 4 every 4 ms, until the flag file appears (the
    // late page has attached), then 100 more and exits: later events follow the snapshot whatever the load.
    const flag = path.join(mkdtempSync(path.join(os.tmpdir(), 'mid-burst-')), 'attached');
    const script = `const fs = require('node:fs'); let n = 0, stopAt = Infinity; const t = setInterval(() => { for (let i = 0; i < 4; i++) console.log(JSON.stringify({ jsonrpc: '2.0', method: 'tick', params: { n: n++ } })); if (stopAt === Infinity && fs.existsSync(${JSON.stringify(flag)})) stopAt = n + 100; if (n >= stopAt) { clearInterval(t); process.exit(0); } }, 4);`;
    const connected = await early.call('connect', { target: { transport: 'stdio', command: process.execPath, args: ['-e', script], env: {} } });
    const id = (connected.result as { id: string }).id;
    await early.waitFor(() => early.events().filter((event) => event.kind === 'message').length > 100);

    const late = await TestSocketClient.open(server.port, token);
    const snapshot = await late.attach();
    // The answer holds the count; the snapshot's events arrive as frames, before the later ones.
    expect(snapshot.eventCount).toBeGreaterThan(100);
    expect(snapshot.events).toEqual([]);
    writeFileSync(flag, '');
    const isExit = (event: RecordedEvent) => event.kind === 'transport' && event.event.type === 'exited';
    await early.waitFor(() => early.events().some(isExit));
    await late.waitFor(() => late.events().some(isExit));

    const ofConnection = (events: RecordedEvent[]) => events.filter((event) => event.connectionId === id).map((event) => event.seq);
    const everything = ofConnection(early.events());
    const seenLate = ofConnection(late.events());
    expect(seenLate).toEqual(everything);
    expect(late.events().length).toBeGreaterThan(snapshot.eventCount);
    // Batched: far fewer frames than events.
    const frames = early.frames.filter((frame) => frame.event === 'eventsRecorded').length;
    expect(frames).toBeLessThan(early.events().length / 2);
    early.close();
    late.close();
    rmSync(path.dirname(flag), { recursive: true, force: true });
  });

  it('sends a large event whole, in order with the small ones around it', async () => {
    const client = await TestSocketClient.open(server.port, token);
    await client.attach();
    const script = `for (const text of ['before', 'x'.repeat(200 * 1024), 'after']) console.log(JSON.stringify({ jsonrpc: '2.0', method: 'note', params: { text } }));`;
    const connected = await client.call('connect', { target: { transport: 'stdio', command: process.execPath, args: ['-e', script], env: {} } });
    const id = (connected.result as { id: string }).id;
    const texts = () =>
      client.events().flatMap((event) => (event.connectionId === id && event.kind === 'message' && event.direction === 'incoming' ? [(event.message as { params: { text: string } }).params.text] : []));
    await client.waitFor(() => texts().length === 3);
    expect(texts().map((text) => text.length)).toEqual([6, 200 * 1024, 5]);
    client.close();
  });

  it('pushes connection changes in order with the events', async () => {
    const client = await TestSocketClient.open(server.port, token);
    await client.attach();
    const answer = await client.call('connect', { target: { transport: 'stdio', command: process.execPath, args: ['-e', 'process.exit(5)'], env: {} } });
    const id = (answer.result as { id: string; state: string }).id;
    expect(answer.result).toMatchObject({ state: 'connecting', attempt: 1 });
    await client.waitFor(() => client.latest(id)?.state === 'exited');
    const exitedAt = client.frames.findIndex((frame) => frame.event === 'connectionChanged' && (frame.params as { state: string }).state === 'exited');
    const exitEventAt = client.frames.findIndex(
      (frame) => frame.event === 'eventsRecorded' && (frame.params as { events: RecordedEvent[] }).events.some((event) => event.kind === 'transport' && event.event.type === 'exited'),
    );
    expect(exitEventAt).toBeGreaterThanOrEqual(0);
    expect(exitEventAt).toBeLessThan(exitedAt);
    expect(client.latest(id)).toMatchObject({ exit: { code: 5, signal: null }, error: 'Server exited with code 5 before the handshake finished' });

    expect((await client.call('removeConnection', { connectionId: id })).result).toEqual({});
    await client.waitFor(() => client.frames.some((frame) => frame.event === 'connectionRemoved'));
    client.close();
  });
});

/** Just enough of a ws socket to watch what the session does when the page stops reading. */
class StalledSocket extends EventEmitter {
  readonly OPEN = 1;
  readyState = 1;
  bufferedAmount = 0;
  sent: string[] = [];
  closedWith: number | undefined;
  send(frame: string) {
    this.sent.push(frame);
    this.bufferedAmount += MAX_BUFFERED_BYTES + 1;
  }
  close(code: number) {
    this.closedWith = code;
  }
  terminate() {}
}

describe('socket backpressure', () => {
  it('closes a socket that stopped reading instead of buffering without bound', async () => {
    const socket = new StalledSocket();
    new SocketSession(socket as unknown as WebSocket, new Inspector({ inspectorVersion: '0', isDemo: false }), () => {});
    socket.emit('message', Buffer.from(JSON.stringify({ id: 1, method: 'attach', params: { protocolVersion: INSPECTOR_PROTOCOL_VERSION } })), false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(socket.sent).toHaveLength(1);
    expect(socket.closedWith).toBe(CLOSE_FELL_BEHIND);
  });
});
