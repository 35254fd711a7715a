import type { McpSubscription } from '@modelcontextprotocol/client';
import { describe, expect, it, vi } from 'vitest';
import type { RecordedEvent } from '../../shared/recordedEvent';
import { ModernSession } from './eraModernSession';

let seq = 0;
function message(direction: 'outgoing' | 'incoming', body: Record<string, unknown>): RecordedEvent {
  return { kind: 'message', seq: ++seq, time: 0, connectionId: 'c1', direction, message: { jsonrpc: '2.0', ...body }, size: 1 } as RecordedEvent;
}

/** A stand-in for the SDK's listen(): the test ends the stream the way it wants. */
function fakeListen() {
  let end: (how: 'local' | 'graceful' | 'remote') => void = () => undefined;
  const subscription: McpSubscription = {
    honoredFilter: { resourceSubscriptions: ['notes://today'] },
    close: vi.fn(async () => end('local')),
    closed: new Promise((resolve) => (end = resolve)),
  };
  return { listen: vi.fn(async () => subscription), subscription, end: (how: 'local' | 'graceful' | 'remote') => end(how) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const subscriptionMeta = (id: string) => ({ _meta: { 'io.modelcontextprotocol/subscriptionId': id } });

describe('ModernSession', () => {
  it('turns a resource subscription into a listen stream, counts its events (not the acknowledgement), and closes it on unsubscribe', async () => {
    const client = fakeListen();
    const changed = vi.fn();
    const session = new ModernSession(client, changed);
    const opening = session.intercept('resources/subscribe', { uri: 'notes://today' });
    session.observe(message('outgoing', { id: 'listen:0', method: 'subscriptions/listen', params: { notifications: { resourceSubscriptions: ['notes://today'] } } }));
    expect(await opening).toMatchObject({ ok: true, result: { subscriptionId: 'listen:0' } });
    expect(client.listen).toHaveBeenCalledWith({ resourceSubscriptions: ['notes://today'] });
    session.observe(message('incoming', { method: 'notifications/subscriptions/acknowledged', params: subscriptionMeta('listen:0') }));
    session.observe(message('incoming', { method: 'notifications/resources/updated', params: { uri: 'notes://today', ...subscriptionMeta('listen:0') } }));
    session.observe(message('incoming', { method: 'notifications/resources/updated', params: { uri: 'notes://today', ...subscriptionMeta('listen:9') } }));
    expect(session.listens()).toEqual([{ subscriptionId: 'listen:0', uri: 'notes://today', state: 'open', eventsReceived: 1 }]);

    expect(await session.intercept('resources/unsubscribe', { uri: 'notes://today' })).toMatchObject({ ok: true });
    await settle();
    expect(client.subscription.close).toHaveBeenCalled();
    expect(session.listens()[0]).toMatchObject({ state: 'closed', detail: 'Closed by the inspector' });
    expect(changed).toHaveBeenCalled();
  });

  it('reports a stream the server dropped, and a listen the server refused', async () => {
    const client = fakeListen();
    const session = new ModernSession(client, () => undefined);
    await session.intercept('resources/subscribe', { uri: 'notes://today' });
    client.end('remote');
    await settle();
    expect(session.listens()[0]).toMatchObject({ state: 'error', detail: 'The stream dropped without the server ending it' });

    const refusing = new ModernSession({ listen: vi.fn(async () => Promise.reject(new Error('Subscription limit reached'))) }, () => undefined);
    const outcome = await refusing.intercept('resources/subscribe', { uri: 'notes://today' });
    expect(outcome).toMatchObject({ ok: false, error: { message: 'Subscription limit reached' } });
    expect(refusing.listens()[0]).toMatchObject({ state: 'error', detail: 'Subscription limit reached' });
  });

  it('keeps the log level for the _meta of later requests instead of sending logging/setLevel', async () => {
    const session = new ModernSession(fakeListen(), () => undefined);
    expect(session.withLogLevel({ name: 'x' })).toEqual({ name: 'x' });
    expect(await session.intercept('logging/setLevel', { level: 'warning' })).toMatchObject({ ok: true });
    expect(session.withLogLevel({ name: 'x' })).toEqual({ name: 'x', _meta: { 'io.modelcontextprotocol/logLevel': 'warning' } });
    expect(session.withLogLevel(undefined)).toEqual({ _meta: { 'io.modelcontextprotocol/logLevel': 'warning' } });
    // A level the person wrote into the request's own _meta wins.
    expect(session.withLogLevel({ _meta: { 'io.modelcontextprotocol/logLevel': 'debug', trace: 1 } })).toEqual({
      _meta: { 'io.modelcontextprotocol/logLevel': 'debug', trace: 1 },
    });
  });

  it('sends everything else as it is', () => {
    const session = new ModernSession(fakeListen(), () => undefined);
    expect(session.intercept('tools/call', { name: 'x' })).toBeUndefined();
    expect(session.intercept('resources/subscribe', {})).toBeUndefined();
  });

  it('over HTTP, mirrors x-mcp-header arguments of listed tools and does not call a tool whose declaration is invalid (SEP-2243)', async () => {
    const tools = [
      { name: 'routed', inputSchema: { type: 'object', properties: { region: { type: 'string', 'x-mcp-header': 'Region' }, query: { type: 'string' } } } },
      { name: 'broken', inputSchema: { type: 'object', properties: { ratio: { type: 'number', 'x-mcp-header': 'Ratio' } } } },
    ];
    const learn = (session: ModernSession) => {
      session.observe(message('outgoing', { id: 7, method: 'tools/list' }));
      session.observe(message('incoming', { id: 7, result: { tools } }));
    };
    const http = new ModernSession(fakeListen(), () => undefined, true);
    expect(http.requestHeaders('tools/call', { name: 'routed', arguments: { region: 'eu', query: 'q' } })).toBeUndefined();
    learn(http);
    expect(http.requestHeaders('tools/call', { name: 'routed', arguments: { region: 'eu', query: 'q' } })).toEqual({ 'Mcp-Param-Region': 'eu' });
    expect(http.requestHeaders('tools/call', { name: 'routed', arguments: { query: 'q' } })).toBeUndefined();
    expect(http.intercept('tools/call', { name: 'routed', arguments: {} })).toBeUndefined();
    expect(await http.intercept('tools/call', { name: 'broken', arguments: { ratio: 1 } })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Not sent: tool 'broken' has an invalid x-mcp-header declaration/) } });

    // stdio has no per-request headers: the tool is called as it is.
    const stdio = new ModernSession(fakeListen(), () => undefined);
    learn(stdio);
    expect(stdio.intercept('tools/call', { name: 'broken', arguments: { ratio: 1 } })).toBeUndefined();
    expect(stdio.requestHeaders('tools/call', { name: 'routed', arguments: { region: 'eu' } })).toBeUndefined();
  });
});
