// The --url tap's faults against a real HTTP upstream: what the host gets back and what the server
// sees, for the actions that act on a POST, and close-stream on an SSE answer.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFaultRules } from '../../shared/faults/faultRule';
import type { UnstampedEvent } from '../../shared/recordedEvent';
import { startHttpPassthrough, type HttpPassthrough } from './httpPassthrough';

const posts: unknown[] = [];
/** Answers a POST with its JSON-RPC result; `stream: true` in params answers with two SSE events. */
const upstream = http.createServer((request, response) => {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk.toString()));
  request.on('end', () => {
    let message: { id: number; params?: { stream?: boolean } };
    try {
      message = JSON.parse(body) as typeof message;
    } catch {
      posts.push(body);
      return void response.writeHead(400).end('Parse error');
    }
    posts.push(message);
    if (message.params?.stream) {
      response.writeHead(200, { 'Content-Type': 'text/event-stream' });
      response.write(`data: ${JSON.stringify({ jsonrpc: '2.0', method: 'notifications/progress', params: { progress: 1 } })}\n\n`);
      response.end(`data: ${JSON.stringify({ jsonrpc: '2.0', id: message.id, result: {} })}\n\n`);
      return;
    }
    response.writeHead(200, { 'Content-Type': 'application/json', 'Mcp-Session-Id': 'session-1' }).end(JSON.stringify({ jsonrpc: '2.0', id: message.id, result: { ok: true } }));
  });
});

let tap: HttpPassthrough;
const events: UnstampedEvent[] = [];

async function post(body: object, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  const response = await fetch(tap.url, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, text: await response.text() };
}
const call = (id: number, method = 'tools/call', params: object = {}) => ({ jsonrpc: '2.0', id, method, params });
const faults = () => events.flatMap((event) => (event.kind === 'fault' ? [event.fault.action] : []));

beforeAll(async () => {
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/mcp`;
  const started = await startHttpPassthrough({ target: { transport: 'auto', url, headers: {} }, listen: { host: '127.0.0.1', port: 0 }, report: (event) => events.push(event), warn: () => {} });
  if ('error' in started) throw new Error(started.error);
  tap = started;
});
afterAll(async () => {
  await tap.close();
  upstream.close();
});

describe('faults in a --url tap', () => {
  it('passes everything untouched with no rule', async () => {
    expect(await post(call(1))).toEqual({ status: 200, text: JSON.stringify({ jsonrpc: '2.0', id: 1, result: { ok: true } }) });
  });

  it('answers in the server’s place: status, drop, error; the server never sees those', async () => {
    tap.setFaults(parseFaultRules(['status 503 on tools/list', 'drop on ping', 'error -32000 on tools/call']));
    posts.length = 0;
    expect((await post(call(2, 'tools/list'))).status).toBe(503);
    expect((await post(call(3, 'ping'))).status).toBe(202);
    expect(JSON.parse((await post(call(4))).text)).toMatchObject({ id: 4, error: { code: -32000 } });
    expect(posts).toEqual([]);
    expect(faults().slice(-3)).toEqual(['status', 'drop', 'error']);
  });

  it('sends a duplicate twice and a corrupted message cut in half', async () => {
    tap.setFaults(parseFaultRules(['duplicate on tools/call']));
    posts.length = 0;
    expect(JSON.parse((await post(call(5))).text)).toMatchObject({ id: 5, result: { ok: true } });
    await expect.poll(() => posts.length).toBe(2);
    tap.setFaults(parseFaultRules(['corrupt on tools/call']));
    posts.length = 0;
    expect((await post(call(6))).status).toBe(400);
    expect(typeof posts[0] === 'string' && JSON.stringify(call(6)).startsWith(posts[0])).toBe(true);
  });

  it('expires a session: 404 for that POST and every later request of the session', async () => {
    tap.setFaults(parseFaultRules(['expire-session on tools/call']));
    expect((await post(call(7), { 'Mcp-Session-Id': 'session-1' })).status).toBe(404);
    tap.setFaults([]);
    expect((await post(call(8, 'ping'), { 'Mcp-Session-Id': 'session-1' })).status).toBe(404);
    expect((await post(call(9, 'ping'), { 'Mcp-Session-Id': 'session-2' })).status).toBe(200);
  });

  it('ends an SSE answer before the event close-stream matches', async () => {
    tap.setFaults(parseFaultRules(['close-stream on notifications/progress']));
    const { text } = await post(call(10, 'tools/call', { stream: true }));
    expect(text).toBe('');
    expect(faults().at(-1)).toBe('close-stream');
  });
});
