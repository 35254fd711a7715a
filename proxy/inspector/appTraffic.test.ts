// The page's report of an MCP App's traffic: stamped into the connection's stream as `app` events in
// order, sized by the proxy; refused for an unknown connection, a recorded (read-only) one, or a
// message over the limit, with nothing recorded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addRecordedConnections } from '../sessions/loadRecordedSession';
import { Inspector } from './Inspector';
import { observeInspector } from './observeInspector';

describe('Inspector.recordAppTraffic', () => {
  const inspector = new Inspector({ inspectorVersion: '9.9.9-test', isDemo: false });
  const seen = observeInspector(inspector);
  let connectionId: string;

  beforeAll(async () => {
    // A server that exits at once: the connection exists, which is all the app's traffic needs.
    connectionId = inspector.connect({ transport: 'stdio', command: process.execPath, args: ['-e', ''], env: {} }).id;
    await seen.state(connectionId, ['exited', 'failed']);
    addRecordedConnections(inspector, [{ id: 'recorded', summary: undefined, events: [], findings: [], removed: false }]);
  });
  afterAll(() => inspector.closeAll());

  it('stamps each message as an app event of the connection, in order, with its size', () => {
    const initialize = { jsonrpc: '2.0', id: 1, method: 'ui/initialize', params: {} };
    const answer = { jsonrpc: '2.0', id: 1, result: {} };
    const before = seen.events.length;
    const recorded = inspector.recordAppTraffic(connectionId, [
      { direction: 'from-app', resourceUri: 'ui://a/app.html', message: initialize },
      { direction: 'to-app', resourceUri: 'ui://a/app.html', message: answer },
    ]);
    expect(recorded).toBe(2);
    const events = seen.events.slice(before);
    expect(events).toEqual([
      expect.objectContaining({ kind: 'app', connectionId, direction: 'from-app', resourceUri: 'ui://a/app.html', message: initialize, size: JSON.stringify(initialize).length }),
      expect.objectContaining({ kind: 'app', connectionId, direction: 'to-app', message: answer }),
    ]);
    expect(events[1]!.seq).toBe(events[0]!.seq + 1);
  });

  it('refuses an unknown connection, a recorded one and an oversized message, recording nothing', () => {
    const before = seen.events.length;
    const message = { jsonrpc: '2.0', method: 'ui/notifications/size-changed', params: { height: 10 } };
    expect(() => inspector.recordAppTraffic('nope', [{ direction: 'from-app', resourceUri: 'ui://a', message }])).toThrow(/no connection "nope"/);
    expect(() => inspector.recordAppTraffic('recorded', [{ direction: 'from-app', resourceUri: 'ui://a', message }])).toThrow(/read-only/);
    const huge = { jsonrpc: '2.0', method: 'x', params: { text: 'x'.repeat(1024 * 1024) } };
    expect(() => inspector.recordAppTraffic(connectionId, [{ direction: 'from-app', resourceUri: 'ui://a', message }, { direction: 'from-app', resourceUri: 'ui://a', message: huge }])).toThrow(/over the 1048576-byte limit/);
    expect(seen.events.length).toBe(before);
  });
});
