import { describe, expect, it } from 'vitest';
import type { RequestOutcome } from '../../shared/inspectorProtocol';
import { exploreServer } from './exploreServer';

type Answer = (params: Record<string, unknown> | undefined) => unknown;

/** A fake server: answers by method, records what was asked. */
function fakeServer(answers: Record<string, Answer>) {
  const sent: [string, Record<string, unknown> | undefined][] = [];
  const send = async (method: string, params?: Record<string, unknown>): Promise<RequestOutcome> => {
    sent.push([method, params]);
    const answer = answers[method];
    if (!answer) return { ok: false, error: { code: -32601, message: 'Method not found' }, durationMs: 1 };
    return { ok: true, result: answer(params), durationMs: 1 };
  };
  return { sent, send };
}

describe('exploreServer', () => {
  it('lists every page, reads resources, gets argument-free prompts and pings, calling no tool', async () => {
    const server = fakeServer({
      'tools/list': (params) => (params?.cursor === undefined ? { tools: [{ name: 'a' }], nextCursor: '2' } : { tools: [{ name: 'b' }] }),
      'resources/list': () => ({ resources: [{ uri: 'demo://1', name: 'one' }] }),
      'resources/templates/list': () => ({ resourceTemplates: [] }),
      'resources/read': (params) => ({ contents: [{ uri: params?.uri, text: '' }] }),
      'prompts/list': () => ({ prompts: [{ name: 'plain' }, { name: 'needs', arguments: [{ name: 'city', required: true }] }, { name: 'optional', arguments: [{ name: 'x' }] }] }),
      'prompts/get': () => ({ messages: [] }),
      ping: () => ({}),
    });
    const summary = await exploreServer(server.send, { serverCapabilities: { tools: {}, resources: {}, prompts: {} }, callTools: false });
    expect(server.sent).toEqual([
      ['tools/list', undefined],
      ['tools/list', { cursor: '2' }],
      ['resources/list', undefined],
      ['resources/templates/list', undefined],
      ['resources/read', { uri: 'demo://1' }],
      ['prompts/list', undefined],
      ['prompts/get', { name: 'plain' }],
      ['prompts/get', { name: 'optional' }],
      ['ping', undefined],
    ]);
    expect(summary.requests['tools/list']).toEqual({ sent: 2, failed: 0 });
  });

  it('asks only for what the server declared, stops at a repeated cursor, and calls tools when asked', async () => {
    const server = fakeServer({
      'tools/list': () => ({ tools: [{ name: 'echo', inputSchema: { type: 'object', properties: { text: { type: 'string' } }, required: ['text'] } }], nextCursor: 'same' }),
      'tools/call': () => ({ content: [] }),
    });
    const summary = await exploreServer(server.send, { serverCapabilities: { tools: {} }, callTools: true });
    expect(server.sent.map(([method]) => method)).toEqual(['tools/list', 'tools/list', 'tools/call', 'ping']);
    expect(server.sent[2]).toEqual(['tools/call', { name: 'echo', arguments: { text: 'a' } }]);
    expect(summary.requests.ping).toEqual({ sent: 1, failed: 1 });
  });

  it('does not ping a modern (2026-07-28) server: that era has no ping', async () => {
    const server = fakeServer({ 'tools/list': () => ({ tools: [] }), ping: () => ({}) });
    await exploreServer(server.send, { serverCapabilities: { tools: {} }, callTools: false, modern: true });
    expect(server.sent.map(([method]) => method)).toEqual(['tools/list']);
  });

  it('keeps every failure with its request and error, every isError result, and every tool it did not call', async () => {
    const server = fakeServer({
      'tools/list': () => ({
        tools: [
          { name: 'fails', inputSchema: { type: 'object' } },
          { name: 'huge', inputSchema: { type: 'object', properties: { x: { type: 'string', minLength: 600_000_000 } }, required: ['x'] } },
          { name: 'needsTask', inputSchema: { type: 'object' }, execution: { taskSupport: 'required' } },
          { name: 'appOnly', inputSchema: { type: 'object' }, _meta: { ui: { visibility: ['app'] } } },
        ],
      }),
      'tools/call': () => ({ content: [{ type: 'text', text: 'Something\nwent wrong' }], isError: true }),
      'prompts/list': () => ({ prompts: [{ name: 'greet', arguments: [{ name: 'who' }] }] }),
    });
    const summary = await exploreServer(server.send, { serverCapabilities: { tools: {}, prompts: {} }, callTools: true });
    expect(server.sent.filter(([method]) => method === 'tools/call')).toEqual([['tools/call', { name: 'fails', arguments: {} }]]);
    expect(summary.toolErrors).toEqual([{ name: 'fails', text: 'Something went wrong' }]);
    expect(summary.skippedTools).toEqual([
      { name: 'huge', reason: expect.stringMatching(/cannot build arguments.*600000000 characters/) },
      { name: 'needsTask', reason: expect.stringMatching(/taskSupport is "required".*does not declare tasks\.requests\.tools\.call/) },
      { name: 'appOnly', reason: 'its _meta.ui.visibility ["app"] leaves out "model": only the server\'s own app calls it, with arguments from its own state' },
    ]);
    expect(summary.failures).toEqual([
      { method: 'prompts/get', name: 'greet', error: { code: -32601, message: 'Method not found' } },
      { method: 'ping', error: { code: -32601, message: 'Method not found' } },
    ]);
  });

  it('calls a task-required tool as a task and fetches its result with tasks/result; an optional one plainly', async () => {
    const server = fakeServer({
      'tools/list': () => ({ tools: [{ name: 'job', execution: { taskSupport: 'required' } }, { name: 'either', execution: { taskSupport: 'optional' } }] }),
      'tools/call': (params) => (params?.task ? { task: { taskId: 't1', status: 'working', createdAt: '2026-01-01T00:00:00Z', ttl: 60_000 } } : { content: [] }),
      'tasks/result': () => ({ content: [{ type: 'text', text: 'job failed' }], isError: true }),
    });
    const summary = await exploreServer(server.send, { serverCapabilities: { tools: {}, tasks: { requests: { tools: { call: {} } } } }, callTools: true });
    expect(server.sent.slice(1, 4)).toEqual([
      ['tools/call', { name: 'job', arguments: {}, task: { ttl: 60_000 } }],
      ['tasks/result', { taskId: 't1' }],
      ['tools/call', { name: 'either', arguments: {} }],
    ]);
    expect(summary.toolErrors).toEqual([{ name: 'job', text: 'job failed' }]);
  });

  it('sends nothing more once the run must stop, and says why', async () => {
    const server = fakeServer({ 'tools/list': () => ({ tools: [{ name: 'a' }, { name: 'b' }] }), 'tools/call': () => ({ content: [] }) });
    let calls = 0;
    const stopReason = () => (server.sent.length >= 2 ? `bound reached after ${++calls} asks` : undefined);
    const summary = await exploreServer(server.send, { serverCapabilities: { tools: {} }, callTools: true, stopReason });
    expect(server.sent.map(([method]) => method)).toEqual(['tools/list', 'tools/call']);
    expect(summary.stoppedEarly).toBe('bound reached after 1 asks');
  });
});
