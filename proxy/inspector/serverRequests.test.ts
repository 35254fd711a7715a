// The client's side against the real server-everything over stdio: declared capabilities, sampling
// and elicitation answered through the inbox, roots from the connection, progress, cancellation.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONNECTION_SETTINGS, type StdioTarget } from '../../shared/connectionTypes';
import type { PendingServerRequest, RequestProgress, ServerRequestSettled } from '../../shared/serverRequests';
import { Inspector } from './Inspector';
import { observeInspector as observe } from './observeInspector';

const require = createRequire(import.meta.url);
const everything: StdioTarget = {
  transport: 'stdio',
  command: process.execPath,
  args: [require.resolve('@modelcontextprotocol/server-everything/dist/index.js'), 'stdio'],
  env: {},
};

const textOf = (result: unknown) => JSON.stringify(result);

describe('server requests with server-everything over stdio', () => {
  const inspector = new Inspector({ inspectorVersion: '9.9.9-test', isDemo: false });
  const seen = observe(inspector);
  const pending: PendingServerRequest[] = [];
  const settled: ServerRequestSettled[] = [];
  const progress: RequestProgress[] = [];
  inspector.subscribe({
    eventRecorded: () => {},
    diagnosisRaised: () => {},
    connectionChanged: () => {},
    connectionRemoved: () => {},
    serverRequestPending: (request) => pending.push(request),
    serverRequestSettled: (ended) => settled.push(ended),
    requestProgress: (update) => progress.push(update),
  });
  const call = (name: string, args: Record<string, unknown> = {}, requestKey?: string) =>
    inspector.get('c1').request('tools/call', { name, arguments: args }, requestKey === undefined ? {} : { requestKey });
  const nextPending = (method: string) => seen.until(() => pending.find((r) => r.method === method && !settled.some((s) => s.id === r.id)), method);

  beforeAll(async () => {
    inspector.connect(everything, { ...DEFAULT_CONNECTION_SETTINGS, roots: [{ uri: 'file:///work/project', name: 'Project' }] });
    await seen.state('c1', ['connected', 'failed', 'exited']);
  });
  afterAll(() => inspector.closeAll());

  it('declares every capability, so the conditional tools are listed', async () => {
    const summary = seen.summaries.get('c1');
    expect(summary?.handshake?.clientCapabilities).toMatchObject({ sampling: { tools: {} }, elicitation: { form: {}, url: {} }, roots: { listChanged: true } });
    const outcome = await inspector.get('c1').request('tools/list', {});
    const names = outcome.ok ? (outcome.result as { tools: { name: string }[] }).tools.map((t) => t.name) : [];
    expect(names).toEqual(expect.arrayContaining(['trigger-sampling-request', 'trigger-elicitation-request', 'get-roots-list']));
  });

  it('holds a sampling request until answered and passes the answer to the server', async () => {
    const result = call('trigger-sampling-request', { prompt: 'hello', maxTokens: 7 });
    const request = await nextPending('sampling/createMessage');
    expect(request.params).toMatchObject({ maxTokens: 7, systemPrompt: 'You are a helpful test server.' });
    expect(inspector.snapshot().serverRequests.map((r) => r.id)).toContain(request.id);
    inspector.respond('c1', request.id, { result: { role: 'assistant', content: { type: 'text', text: 'typed by a person' }, model: 'human' } });
    expect(textOf(await result)).toContain('typed by a person');
    expect(() => inspector.respond('c1', request.id, { result: {} })).toThrow('was already answered');
  });

  it('sends a rejection as the JSON-RPC error', async () => {
    const result = call('trigger-sampling-request', { prompt: 'no' });
    const request = await nextPending('sampling/createMessage');
    inspector.respond('c1', request.id, { error: { code: -1, message: 'The person said no' } });
    const outcome = await result;
    expect(textOf(outcome)).toContain('The person said no');
  });

  it('answers elicitation with the chosen action', async () => {
    const result = call('trigger-elicitation-request');
    const request = await nextPending('elicitation/create');
    expect(request.params).toHaveProperty('requestedSchema');
    inspector.respond('c1', request.id, { result: { action: 'decline' } });
    expect(textOf(await result)).toMatch(/decline/i);
  });

  it('answers roots/list from the connection and tells the server when they change', async () => {
    expect(textOf(await call('get-roots-list'))).toContain('file:///work/project');
    // server-everything asks again on list_changed and logs "Roots updated" once it has the answer.
    const updates = () => seen.events.filter((e) => e.kind === 'message' && JSON.stringify(e).includes('Roots updated')).length;
    const before = updates();
    await inspector.get('c1').setRoots([{ uri: 'file:///elsewhere', name: 'Elsewhere' }]);
    expect(seen.events.some((e) => e.kind === 'message' && JSON.stringify(e).includes('notifications/roots/list_changed'))).toBe(true);
    await seen.until(() => updates() > before || undefined, 'the server to fetch the roots again');
    expect(textOf(await call('get-roots-list'))).toContain('file:///elsewhere');
  });

  it('publishes progress and cancels on request, with notifications/cancelled on the wire', async () => {
    const result = call('trigger-long-running-operation', { duration: 5, steps: 10 }, 'k1');
    await seen.until(() => progress.find((p) => p.requestKey === 'k1'), 'progress');
    expect(progress[0]).toMatchObject({ connectionId: 'c1', requestKey: 'k1', progress: 1, total: 10 });
    expect(inspector.get('c1').cancelRequest('k1', 'enough')).toBe(true);
    const outcome = await result;
    expect(outcome).toMatchObject({ ok: false, cancelled: true, error: { message: 'Cancelled: enough' } });
    expect(inspector.get('c1').cancelRequest('k1')).toBe(false);
    expect(seen.events.some((e) => e.kind === 'message' && JSON.stringify(e).includes('"notifications/cancelled"'))).toBe(true);
  });

  it('ends the pending requests of a connection that closes', async () => {
    void call('trigger-sampling-request', { prompt: 'left waiting' });
    const request = await nextPending('sampling/createMessage');
    await inspector.get('c1').disconnect();
    expect(settled.find((s) => s.id === request.id)).toMatchObject({ settlement: 'connectionClosed' });
    expect(inspector.snapshot().serverRequests).toEqual([]);
  });
});
