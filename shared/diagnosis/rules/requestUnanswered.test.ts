import { describe, expect, it } from 'vitest';
import { StreamBuilder, diagnose } from '../testing/streamBuilder';
import { requestUnansweredRule } from './requestUnanswered';
import { serverCrashedRule } from './serverCrashed';

describe('request-unanswered', () => {
  it('reports requests still open at the end of the recording', () => {
    const stream = new StreamBuilder();
    stream.handshake();
    const seq = stream.clientRequest(1, 'tools/call', { name: 'slow' });
    stream.clientRequest(2, 'ping');
    stream.serverResult(2, {});
    const findings = diagnose(stream.events, [requestUnansweredRule]);
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'request-unanswered', severity: 'warning', seqs: [seq] })]);
    expect(findings[0]?.message).toContain('sent no response to tools/call (id 1) by the end of the recording');
  });

  it('reports once when the transport closes, not again at finish or on the exit that follows', () => {
    const stream = new StreamBuilder();
    stream.handshake();
    stream.clientRequest(1, 'tools/list');
    stream.transport({ type: 'closed', reason: 'Closed by the inspector' });
    stream.transport({ type: 'exited', code: null, signal: 'SIGTERM' });
    const findings = diagnose(stream.events, [requestUnansweredRule, serverCrashedRule]);
    expect(findings.map((finding) => finding.ruleId)).toEqual(['request-unanswered']);
    expect(findings[0]?.message).toContain('before the connection closed');
  });

  it("notes the client's unanswered server requests as info", () => {
    const stream = new StreamBuilder();
    stream.handshake({ clientCapabilities: { elicitation: {} } });
    stream.serverRequest('e1', 'elicitation/create', { message: 'Name?', requestedSchema: { type: 'object', properties: {} } });
    expect(diagnose(stream.events, [requestUnansweredRule])).toEqual([expect.objectContaining({ severity: 'info' })]);
  });

  it('leaves a crash to server-crashed and ignores answered or cancelled requests', () => {
    const stream = new StreamBuilder();
    stream.handshake();
    stream.clientRequest(1, 'tools/call', { name: 'a' });
    stream.clientNotification('notifications/cancelled', { requestId: 1 });
    stream.clientRequest(2, 'tools/call', { name: 'b' });
    stream.transport({ type: 'exited', code: 1, signal: null });
    expect(diagnose(stream.events, [requestUnansweredRule])).toEqual([]);
  });

  it('ends an attempt on reconnect, so the new attempt starts clean', () => {
    const stream = new StreamBuilder();
    stream.transport({ type: 'connecting', transport: 'streamable-http' });
    stream.handshake();
    stream.clientRequest(1, 'tools/list');
    stream.transport({ type: 'connecting', transport: 'streamable-http' });
    stream.handshake();
    const findings = diagnose(stream.events, [requestUnansweredRule]);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('tools/list (id 1)');
  });

  it('does not count a request whose HTTP POST was refused with 401 (it never reached the server)', () => {
    const stream = new StreamBuilder();
    stream.transport({ type: 'connecting', transport: 'streamable-http' });
    const refusedSeq = stream.clientRequest(0, 'initialize', { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 't', version: '1' } });
    stream.transport({ type: 'http', method: 'POST', url: 'http://127.0.0.1:1/mcp', status: 401, durationMs: 3 });
    stream.transport({ type: 'connecting', transport: 'streamable-http' });
    stream.handshake();
    const unanswered = stream.clientRequest(7, 'tools/list');
    stream.transport({ type: 'http', method: 'POST', url: 'http://127.0.0.1:1/mcp', status: 200, durationMs: 3 });
    const findings = diagnose(stream.events, [requestUnansweredRule]);
    expect(findings.map((finding) => finding.seqs)).toEqual([[unanswered]]);
    expect(findings.flatMap((finding) => finding.seqs)).not.toContain(refusedSeq);
  });
});
