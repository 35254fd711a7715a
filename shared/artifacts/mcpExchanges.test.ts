import { describe, expect, it } from 'vitest';
import type { Direction, RecordedEvent } from '../recordedEvent';
import { mcpExchanges } from './mcpExchanges';
import { exchangeAttributes, spanName, spanStatus } from './mcpSpanAttributes';

let seq = 0;
const message = (direction: Direction, body: unknown): RecordedEvent => ({ kind: 'message', direction, message: body, size: 1, seq: ++seq, time: 1000 + seq, connectionId: 'c1' });
const out = (body: object) => message('outgoing', { jsonrpc: '2.0', ...body });
const inc = (body: object) => message('incoming', { jsonrpc: '2.0', ...body });
const closed = (): RecordedEvent => ({ kind: 'transport', event: { type: 'closed', reason: 'bye' }, seq: ++seq, time: 1000 + seq, connectionId: 'c1' });

describe('mcpExchanges', () => {
  it('ties progress to the request by token and a cancellation by id; the server\'s requests are its own', () => {
    seq = 0;
    const exchanges = mcpExchanges([
      out({ id: 1, method: 'tools/call', params: { name: 'slow', _meta: { progressToken: 'p1' } } }),
      inc({ method: 'notifications/progress', params: { progressToken: 'p1', progress: 0.5, total: 1 } }),
      inc({ id: 0, method: 'sampling/createMessage', params: { messages: [] } }),
      out({ id: 0, result: { role: 'assistant', content: { type: 'text', text: 'hi' } } }),
      out({ method: 'notifications/cancelled', params: { requestId: 1, reason: 'too slow' } }),
      inc({ id: 1, result: { content: [] } }),
      inc({ method: 'notifications/message', params: { level: 'info', data: 'x' } }),
    ]);
    expect(exchanges.map((exchange) => [exchange.method, exchange.direction, exchange.outcome.kind])).toEqual([
      ['tools/call', 'outgoing', 'result'],
      ['sampling/createMessage', 'incoming', 'result'],
      ['notifications/message', 'incoming', 'notification'],
    ]);
    const [call] = exchanges;
    expect(call!.notes.map((note) => note.name)).toEqual(['notifications/progress', 'notifications/cancelled']);
    // The late answer after the cancellation still settles it (the spec allows it).
    expect([call!.startTime, call!.endTime]).toEqual([1001, 1006]);
  });

  it('an error answer, a batch, a duplicate answer and a request the transport ended before an answer', () => {
    seq = 0;
    const exchanges = mcpExchanges([
      message('outgoing', [
        { jsonrpc: '2.0', id: 1, method: 'resources/read', params: { uri: 'demo://a' } },
        { jsonrpc: '2.0', id: 2, method: 'prompts/get', params: { name: 'greet' } },
      ]),
      inc({ id: 1, error: { code: -32002, message: 'Resource not found' } }),
      inc({ id: 1, error: { code: -32002, message: 'Resource not found' } }),
      closed(),
    ]);
    const [read, prompt] = exchanges;
    expect(read!.startSeq).toBe(prompt!.startSeq);
    expect(read!.notes.map((note) => note.name)).toEqual(['duplicate response']);
    expect(exchangeAttributes(read!)).toMatchObject({ 'mcp.resource.uri': 'demo://a', 'error.type': '-32002', 'rpc.response.status_code': '-32002' });
    expect(spanStatus(read!)).toEqual({ code: 2, message: 'Resource not found' });
    expect(spanName(prompt!)).toBe('prompts/get greet');
    expect(prompt!.outcome).toEqual({ kind: 'unanswered' });
    expect(prompt!.endTime).toBe(1004);
    expect(exchangeAttributes(prompt!)).toMatchObject({ 'gen_ai.prompt.name': 'greet', 'error.type': 'no_response' });
  });

  it('a tool that reports isError is a failed span with error.type tool_error', () => {
    seq = 0;
    const [call] = mcpExchanges([out({ id: 'a', method: 'tools/call', params: { name: 'boom' } }), inc({ id: 'a', result: { content: [], isError: true } })]);
    expect(exchangeAttributes(call!)).toMatchObject({ 'jsonrpc.request.id': 'a', 'gen_ai.tool.name': 'boom', 'error.type': 'tool_error' });
    expect(spanStatus(call!).code).toBe(2);
  });
});
