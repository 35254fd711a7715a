import { describe, expect, it } from 'vitest';
import type { FaultEvent } from '../../faults/faultEvent';
import { StreamBuilder, diagnose } from '../testing/streamBuilder';
import { faultReactionRule } from './faultReaction';

const fault = (action: FaultEvent['action'], targetSeq: number, extra: Partial<FaultEvent> = {}): FaultEvent => ({
  rule: action,
  action,
  direction: 'outgoing',
  targetSeq,
  messageId: 1,
  method: 'tools/call',
  detail: 'test',
  ...extra,
});

function duplicatedAnswered(times: number) {
  const stream = new StreamBuilder();
  stream.handshake();
  const request = stream.clientRequest(1, 'tools/call', { name: 'echo' });
  const faultSeq = stream.fault(fault('duplicate', request));
  const answers = Array.from({ length: times }, () => stream.serverResult(1, { content: [] }));
  stream.transport({ type: 'closed', reason: 'test' });
  return { found: diagnose(stream.events, [faultReactionRule]), faultSeq, answers };
}

describe('fault-reaction', () => {
  it('says whether a duplicated request was answered twice, once or never, as the inspector\'s', () => {
    const twice = duplicatedAnswered(2);
    expect(twice.found).toEqual([
      expect.objectContaining({ severity: 'info', cause: 'inspector', seqs: [twice.faultSeq, ...twice.answers], message: expect.stringContaining('answered the duplicated request tools/call (id 1) twice') }),
    ]);
    expect(duplicatedAnswered(1).found.map((finding) => finding.message)).toEqual([expect.stringContaining('once: it ignored the repeated id')]);
    expect(duplicatedAnswered(0).found.map((finding) => finding.message)).toEqual(['The server never answered the duplicated request tools/call (id 1).']);
  });

  it('says whether invalid JSON got a -32700 Parse error', () => {
    const answered = new StreamBuilder();
    answered.handshake();
    const faultSeq = answered.fault(fault('corrupt', answered.clientRequest(1, 'tools/call')));
    const parseError = answered.raw('incoming', { jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } });
    expect(diagnose(answered.events, [faultReactionRule]).map((finding) => [finding.message, finding.seqs])).toEqual([
      ['The server answered the invalid JSON with a -32700 Parse error, as JSON-RPC 2.0 asks.', [faultSeq, parseError]],
    ]);
    const silent = new StreamBuilder();
    silent.handshake();
    silent.fault(fault('corrupt', silent.clientRequest(1, 'tools/call')));
    expect(diagnose(silent.events, [faultReactionRule]).map((finding) => finding.message)).toEqual([expect.stringContaining('did not answer the invalid JSON (from tools/call (id 1)) with a -32700 Parse error')]);
  });

  it('says whether the client resumed a cut stream with Last-Event-ID', () => {
    const http = (headers: Record<string, string>) => ({ type: 'http' as const, method: 'GET', url: 'http://127.0.0.1/mcp', status: 200, durationMs: 1, requestHeaders: headers });
    const stream = new StreamBuilder();
    stream.handshake();
    stream.fault(fault('close-stream', 0, { direction: 'incoming', method: 'notifications/progress', messageId: undefined }));
    stream.transport(http({ 'Last-Event-ID': '7' }));
    stream.fault(fault('close-stream', 0, { direction: 'incoming', method: 'notifications/progress', messageId: undefined }));
    stream.transport(http({ accept: 'text/event-stream' }));
    stream.fault(fault('close-stream', 0, { direction: 'incoming', method: 'notifications/progress', messageId: undefined }));
    expect(diagnose(stream.events, [faultReactionRule]).map((finding) => finding.message)).toEqual([
      'After the stream was cut, the client resumed it with a GET carrying Last-Event-ID.',
      'After the stream was cut, the client opened a new GET stream without Last-Event-ID: what the server sent meanwhile is lost.',
      'After the stream was cut, the client did not open a new one before the connection ended.',
    ]);
  });

  it('is silent without faults', () => {
    const stream = new StreamBuilder();
    stream.handshake();
    stream.clientRequest(1, 'tools/call');
    stream.serverResult(1, { content: [] });
    expect(diagnose(stream.events, [faultReactionRule])).toEqual([]);
  });
});
