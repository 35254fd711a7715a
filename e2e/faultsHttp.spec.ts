// Fault injection over Streamable HTTP against the real server-everything: the message-level stage works
// the same as over stdio, and the HTTP actions (status, close-stream, expire-session) act on the exchange.
import { test, expect } from './fixtures/test';
import { startEverythingServer, type RunningHttpServer } from './fixtures/everythingServer';
import { startProxy, type RunningProxy } from './fixtures/proxyProcess';
import { InspectorSocketClient } from './fixtures/inspectorSocketClient';
import type { RecordedEvent } from '../shared/recordedEvent';

test.describe.configure({ mode: 'serial' });

let server: RunningHttpServer;
let proxy: RunningProxy;
let client: InspectorSocketClient;
let connectionId: string;

test.beforeAll(async () => {
  server = await startEverythingServer('streamableHttp');
  proxy = await startProxy(['--no-record', '--url', server.url, '--transport', 'http', '--fault', 'delay 700ms on tools/call', '--fault', 'close-stream on notifications/progress']);
  ({ client, connectionId } = await InspectorSocketClient.openConnected(proxy));
});

test.afterAll(async () => {
  client?.close();
  await proxy?.stop();
  await server?.stop();
});

const call = (name: string, args: Record<string, unknown>, timeoutMs?: number) =>
  client.request({ connectionId, method: 'tools/call', params: { name, arguments: args }, ...(timeoutMs ? { timeoutMs } : {}) });
const setFaults = (...rules: string[]) => client.setFaults({ connectionId, faults: rules.map((rule) => ({ rule, enabled: true })) });
const faults = (action: string) => client.events.filter((event): event is Extract<RecordedEvent, { kind: 'fault' }> => event.kind === 'fault' && event.fault.action === action);
/** The statuses of the HTTP exchanges recorded after `after` (of one method, when given). */
const httpStatuses = (after: number, method?: 'POST') =>
  client.events.flatMap((event) => (event.seq > after && event.kind === 'transport' && event.event.type === 'http' && (method === undefined || event.event.method === method) ? [event.event.status] : []));
/** The client's POSTs only: the standalone GET stream reconnects on its own schedule (a 409 while the old one lingers). */
const postStatuses = (after: number) => httpStatuses(after, 'POST');
const lastSeq = () => client.events.at(-1)?.seq ?? 0;

/** Sends a ping and waits until its answer is in the events: everything recorded before it is in too. */
async function settle(): Promise<void> {
  const pong = await client.request({ connectionId, method: 'ping' });
  expect(pong.ok && pong.resultSeq).toBeGreaterThan(0);
  await client.waitFor(() => (client.events.at(-1)?.seq ?? 0) >= (pong.ok ? pong.resultSeq! : 0));
}

test('delay over HTTP: the call takes at least 700 ms', async () => {
  const started = Date.now();
  expect((await call('echo', { message: 'slow' })).ok).toBe(true);
  expect(Date.now() - started).toBeGreaterThanOrEqual(700);
  expect(faults('delay')).toHaveLength(1);
});

test('close-stream: the POST stream ends before the first progress notification, which never arrives', async () => {
  const before = lastSeq();
  const outcome = await call('trigger-long-running-operation', { duration: 1, steps: 2 }, 4000);
  const [closed] = faults('close-stream');
  expect(closed?.fault).toMatchObject({ rule: 'close-stream on notifications/progress', direction: 'incoming', method: 'notifications/progress' });
  const progressSeen = client.events.some((event) => event.seq > before && event.kind === 'message' && JSON.stringify(event.message).includes('notifications/progress'));
  expect(progressSeen).toBe(false);
  // The answer was on the stream that was cut: it never reached the client.
  expect(outcome.ok).toBe(false);
  // The call timed out, so the client cancels it; the next test counts POSTs, so wait for that one's 202
  // (it is recorded after the page has the timeout, and events reach the page in batches).
  await client.waitFor(() => postStatuses(before).includes(202));
});

test('error over HTTP: the client gets the injected error; no POST carries the call', async () => {
  await setFaults('error -32603 on tools/call');
  const before = lastSeq();
  const outcome = await call('echo', { message: 'refused' });
  expect(!outcome.ok && outcome.error.code).toBe(-32603);
  await settle();
  // Only the ping's POST went out.
  expect(postStatuses(before)).toEqual([200]);
});

test('status 503: the POST is answered 503 in the server\'s place and the call fails', async () => {
  await setFaults('status 503 on tools/call');
  const before = lastSeq();
  const outcome = await call('echo', { message: 'unavailable' });
  expect(outcome.ok).toBe(false);
  expect(outcome.ok || outcome.error.message).toContain('Answered by an mcp-inspect fault: "status 503 on tools/call"');
  await client.setFaults({ connectionId, faults: [] });
  await settle();
  expect(postStatuses(before)).toEqual([503, 200]);
  expect(faults('status')[0]?.fault).toMatchObject({ rule: 'status 503 on tools/call', targetSeq: outcome.requestSeq });
});

test('expire-session: the POST gets 404, and so does every later request of that session', async () => {
  await setFaults('expire-session on tools/call');
  const before = lastSeq();
  const expired = await call('echo', { message: 'expired' });
  expect(expired.ok).toBe(false);
  const later = await client.request({ connectionId, method: 'tools/list' });
  expect(later.ok).toBe(false);
  await client.waitFor(() => httpStatuses(before).filter((status) => status === 404).length >= 2);
  expect(faults('expire-session').length).toBeGreaterThanOrEqual(2);
});
