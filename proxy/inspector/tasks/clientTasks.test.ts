// Client-side tasks against the real server-everything over stdio: its `*-async` tools send
// task-augmented sampling and elicitation, then poll our `tasks/get` and fetch `tasks/result`.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONNECTION_SETTINGS, type StdioTarget } from '../../../shared/connectionTypes';
import type { PendingServerRequest, ServerRequestSettled } from '../../../shared/serverRequests';
import { Inspector } from '../Inspector';
import { observeInspector } from '../observeInspector';

const require = createRequire(import.meta.url);
const everything: StdioTarget = {
  transport: 'stdio',
  command: process.execPath,
  args: [require.resolve('@modelcontextprotocol/server-everything/dist/index.js'), 'stdio'],
  env: {},
};

describe('client-side tasks with server-everything', () => {
  const inspector = new Inspector({ inspectorVersion: '9.9.9-test', isDemo: false });
  const seen = observeInspector(inspector);
  const pending: PendingServerRequest[] = [];
  const settled: ServerRequestSettled[] = [];
  inspector.subscribe({
    eventRecorded: () => {},
    diagnosisRaised: () => {},
    connectionChanged: () => {},
    connectionRemoved: () => {},
    serverRequestPending: (request) => pending.push(request),
    serverRequestSettled: (ended) => settled.push(ended),
  });
  const outgoing = (method: string) =>
    seen.events.filter((e) => e.kind === 'message' && e.direction === 'outgoing' && (e.message as { method?: string }).method === method);

  beforeAll(async () => {
    inspector.connect(everything, DEFAULT_CONNECTION_SETTINGS);
    await seen.state('c1', ['connected', 'failed', 'exited']);
  });
  afterAll(() => inspector.closeAll());

  it('answers a task-augmented sampling request with a task and serves its result once the person answers', async () => {
    const call = inspector.get('c1').request('tools/call', { name: 'trigger-sampling-request-async', arguments: { prompt: 'as a task' } });
    const request = await seen.until(() => pending.find((r) => r.method === 'sampling/createMessage'), 'the sampling request');
    expect(request.taskId).toEqual(expect.any(String));
    // The server polls while the request waits: the task is working.
    await seen.until(() => (seen.events.some((e) => e.kind === 'message' && e.direction === 'incoming' && (e.message as { method?: string }).method === 'tasks/get') ? true : undefined), 'a tasks/get');
    inspector.respond('c1', request.id, { result: { role: 'assistant', content: { type: 'text', text: 'answered as a task' }, model: 'person' } });
    const outcome = await call;
    const text = JSON.stringify(outcome);
    expect(text).toContain('[COMPLETED]');
    expect(text).toContain('answered as a task');
    expect(text).toContain(request.taskId!);
    expect(outgoing('notifications/tasks/status').length).toBeGreaterThan(0);
    // Our CreateTaskResult, tasks/get and tasks/result answers are what the spec's schemas expect.
    inspector.snapshot();
    expect(seen.findings).toEqual([]);
  }, 30_000);

  it('reports a rejected elicitation task as failed to the server', async () => {
    const call = inspector.get('c1').request('tools/call', { name: 'trigger-elicitation-request-async', arguments: {} });
    const request = await seen.until(() => pending.find((r) => r.method === 'elicitation/create'), 'the elicitation request');
    expect(request.taskId).toEqual(expect.any(String));
    inspector.respond('c1', request.id, { error: { code: -1, message: 'Not today' } });
    const text = JSON.stringify(await call);
    expect(text).toMatch(/FAILED|failed/);
    expect(settled.find((s) => s.id === request.id)?.settlement).toBe('rejected');
  }, 30_000);
});
