// A tapped connection fed the events a tap reports: what the host said in its handshake, the lists
// answered from what the host asked (and no tool result kept), nothing sent, and a host restarting the server going on in the
// same log as a new attempt.
import { describe, expect, it } from 'vitest';
import type { StdioTarget } from '../../shared/connectionTypes';
import type { UnstampedEvent } from '../../shared/recordedEvent';
import { Inspector } from './Inspector';
import { observeInspector } from './observeInspector';
import { NOT_RECORDED_CODE } from './unansweredCode';

const target: StdioTarget = { transport: 'stdio', command: 'node', args: ['server.js'], env: {} };
const tap = { via: 'stdio' as const, pid: 4242 };
const linkBack = { detach: () => {}, sendFaults: () => {} };

/** What a tap reports of one host session: start, handshake, tools/list, exit. */
function hostSession(exitCode: number): UnstampedEvent[] {
  const message = (direction: 'outgoing' | 'incoming', body: object): UnstampedEvent => ({ kind: 'message', direction, message: { jsonrpc: '2.0', ...body }, size: 10 });
  return [
    { kind: 'transport', event: { type: 'connecting', transport: 'stdio' } },
    { kind: 'transport', event: { type: 'spawned', pid: 99, command: 'node server.js' } },
    message('outgoing', { id: 0, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: { roots: { listChanged: true } }, clientInfo: { name: 'claude-ai', version: '0.1.0' } } }),
    message('incoming', { id: 0, result: { protocolVersion: '2025-06-18', capabilities: { tools: {} }, serverInfo: { name: 'weather', version: '2.0.0' } } }),
    message('outgoing', { method: 'notifications/initialized' }),
    message('outgoing', { id: 1, method: 'tools/list' }),
    message('incoming', { id: 1, result: { tools: [{ name: 'forecast', inputSchema: { type: 'object' } }] } }),
    message('outgoing', { id: 2, method: 'tools/call', params: { name: 'forecast', arguments: { city: 'Oslo' } } }),
    message('incoming', { id: 2, result: { content: [{ type: 'text', text: 'rain' }] } }),
    { kind: 'stderr', text: 'weather server ready' },
    { kind: 'transport', event: { type: 'exited', code: exitCode, signal: null } },
  ];
}

describe('a tapped connection', () => {
  it('shows the host as the client, answers lists from what the host asked, and sends nothing', async () => {
    const inspector = new Inspector({ inspectorVersion: 'test', isDemo: false });
    const seen = observeInspector(inspector);
    const feed = inspector.addTapped(target, tap, linkBack);
    const [start, spawned, ...rest] = hostSession(0);
    for (const event of [start!, spawned!, ...rest.slice(0, -1)]) feed.publish(event);
    const summary = await seen.state(feed.connectionId, ['connected']);
    expect(summary.tap).toEqual(tap);
    expect(summary.label).toBe('weather');
    expect(summary.handshake).toMatchObject({ clientInfo: { name: 'claude-ai' }, clientCapabilities: { roots: { listChanged: true } }, protocolVersion: '2025-06-18' });
    const connection = inspector.get(feed.connectionId);
    expect(await connection.request('tools/list', undefined)).toMatchObject({ ok: true, result: { tools: [{ name: 'forecast' }] } });
    const unseen = await connection.request('prompts/list', undefined);
    expect(unseen).toMatchObject({ ok: false, error: { code: NOT_RECORDED_CODE } });
    expect(!unseen.ok && unseen.error.message).toMatch(/the host has not sent prompts\/list.*tapped/);
    // Only what its read-only tabs ask is kept: over a day of the host's tool calls, every result would be.
    expect(await connection.request('tools/call', { name: 'forecast', arguments: { city: 'Oslo' } })).toMatchObject({ ok: false, error: { code: NOT_RECORDED_CODE } });
    await expect(connection.sendRaw('{}')).rejects.toThrow(/tapped: the host is the client/);
    await expect(connection.reconnect()).rejects.toThrow(/Restart the server from the host/);
    // Every event was stamped and recorded like a connection's own.
    expect(seen.events.filter((event) => event.connectionId === feed.connectionId)).toHaveLength(rest.length + 1);
    feed.publish(rest.at(-1)!);
    expect(await seen.state(feed.connectionId, ['exited'])).toMatchObject({ exit: { code: 0, signal: null }, stderrTail: ['weather server ready'] });
  });

  it('goes on as a new attempt when the host starts the same server again, and ignores the old tap after that', async () => {
    const inspector = new Inspector({ inspectorVersion: 'test', isDemo: false });
    const seen = observeInspector(inspector);
    const first = inspector.addTapped(target, tap, linkBack);
    for (const event of hostSession(1)) first.publish(event);
    await seen.state(first.connectionId, ['exited']);
    const second = inspector.addTapped(target, { ...tap, pid: 4343 }, linkBack);
    expect(second.connectionId).toBe(first.connectionId);
    first.lost('the old tap went away late');
    const resumed = await seen.state(second.connectionId, ['connecting']);
    expect(resumed).toMatchObject({ attempt: 2, tap: { pid: 4343 } });
    expect(resumed.handshake).toBeUndefined();
    for (const event of hostSession(0).slice(0, 4)) second.publish(event);
    expect(await seen.state(second.connectionId, ['connected'])).toMatchObject({ attempt: 2, handshake: { clientInfo: { name: 'claude-ai' } } });
    // Another server of the same host is a connection of its own.
    const other = inspector.addTapped({ ...target, args: ['other.js'] }, tap, linkBack);
    expect(other.connectionId).not.toBe(first.connectionId);
  });

  it('is marked disconnected when its tap stops reporting before the server ended', async () => {
    const inspector = new Inspector({ inspectorVersion: 'test', isDemo: false });
    const seen = observeInspector(inspector);
    const feed = inspector.addTapped(target, tap, linkBack);
    feed.lost('The tap stopped reporting');
    expect(await seen.state(feed.connectionId, ['disconnected'])).toMatchObject({ error: 'The tap stopped reporting' });
  });
});
