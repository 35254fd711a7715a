import { describe, expect, it } from 'vitest';
import { FaultEngine } from '../../shared/faults/faultEngine';
import type { FaultEvent } from '../../shared/faults/faultEvent';
import { parseFaultRules } from '../../shared/faults/faultRule';
import { createFaultingFetch } from './faultingFetch';

const call = (id: number) => JSON.stringify({ jsonrpc: '2.0', id, method: 'tools/call', params: { name: 'echo' } });
const sse = (...messages: unknown[]) => messages.map((message, index) => `id: ${index}\nevent: message\ndata: ${JSON.stringify(message)}\n\n`).join('');

function setup(rules: string[], respond: () => Response) {
  const faults: FaultEvent[] = [];
  const seen: string[] = [];
  const fetch = createFaultingFetch(
    new FaultEngine(parseFaultRules(rules)),
    { recordFault: (fault) => faults.push(fault), seqOfOutgoing: (id) => (id === 1 ? 41 : undefined) },
    async (url, init) => {
      seen.push(`${init?.method ?? 'GET'} ${String(init?.body ?? '')}`);
      return respond();
    },
  );
  return { fetch, faults, seen };
}

const post = (body: string, sessionId = 'session-1') => ({ method: 'POST', headers: { 'mcp-session-id': sessionId }, body });

describe('createFaultingFetch', () => {
  it('status: answers the POST itself, and the server never sees it', async () => {
    const { fetch, faults, seen } = setup(['status 503 on tools/call'], () => new Response('{}'));
    const response = await fetch('http://127.0.0.1/mcp', post(call(1)));
    expect(response.status).toBe(503);
    expect(seen).toEqual([]);
    expect(faults).toEqual([expect.objectContaining({ action: 'status', targetSeq: 41, messageId: 1, method: 'tools/call' })]);
    expect((await fetch('http://127.0.0.1/mcp', post('{"jsonrpc":"2.0","id":2,"method":"ping"}'))).status).toBe(200);
  });

  it('expire-session: 404 for the POST and every later request of that session, not of another', async () => {
    const { fetch, faults, seen } = setup(['expire-session on tools/call'], () => new Response('{}'));
    expect((await fetch('http://127.0.0.1/mcp', post(call(1)))).status).toBe(404);
    expect((await fetch('http://127.0.0.1/mcp', { method: 'GET', headers: { 'Mcp-Session-Id': 'session-1' } })).status).toBe(404);
    expect((await fetch('http://127.0.0.1/mcp', post('{"jsonrpc":"2.0","id":0,"method":"initialize"}', 'session-2'))).status).toBe(200);
    expect(seen).toHaveLength(1);
    expect(faults.map((fault) => fault.action)).toEqual(['expire-session', 'expire-session']);
  });

  it('close-stream: the SSE stream ends right before the event carrying the matched message', async () => {
    const progress = { jsonrpc: '2.0', method: 'notifications/progress', params: { progressToken: 1, progress: 1 } };
    const answer = { jsonrpc: '2.0', id: 1, result: {} };
    const body = sse({ jsonrpc: '2.0', method: 'notifications/message', params: { level: 'info', data: 'x' } }, progress, answer);
    const { fetch, faults } = setup(['close-stream on notifications/progress'], () => new Response(body, { headers: { 'content-type': 'text/event-stream' } }));
    const text = await (await fetch('http://127.0.0.1/mcp', post(call(1)))).text();
    expect(text).toBe(sse({ jsonrpc: '2.0', method: 'notifications/message', params: { level: 'info', data: 'x' } }));
    expect(faults).toEqual([expect.objectContaining({ action: 'close-stream', direction: 'incoming', method: 'notifications/progress' })]);
  });

  it('leaves streams alone when no close-stream rule is set', async () => {
    const body = sse({ jsonrpc: '2.0', method: 'notifications/progress', params: { progressToken: 1, progress: 1 } });
    const { fetch } = setup(['drop'], () => new Response(body, { headers: { 'content-type': 'text/event-stream' } }));
    expect(await (await fetch('http://127.0.0.1/mcp', post(call(1)))).text()).toBe(body);
  });
});
