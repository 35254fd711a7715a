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

  const initializeParams = { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 't', version: '1' } };
  const discoverParams = { _meta: { 'io.modelcontextprotocol/protocolVersion': '2026-07-28' } };
  const post = (status: number) => ({ type: 'http' as const, method: 'POST', url: 'http://127.0.0.1:1/sse', status, durationMs: 3 });

  it('does not count an initialize refused with 400, 404 or 405 that made the client fall back to SSE', () => {
    for (const status of [400, 404, 405]) {
      const stream = new StreamBuilder();
      stream.transport({ type: 'connecting', transport: 'streamable-http' });
      stream.clientRequest(0, 'initialize', initializeParams);
      stream.transport(post(status));
      stream.transport({ type: 'error', message: `Streamable HTTP was refused (HTTP ${status}); falling back to the legacy HTTP+SSE transport` });
      stream.transport({ type: 'connecting', transport: 'sse' });
      stream.handshake();
      stream.transport({ type: 'closed', reason: 'Closed by the inspector' });
      expect(diagnose(stream.events, [requestUnansweredRule])).toEqual([]);
    }
  });

  it('does not count the era probe, refused over HTTP or left unanswered, when the client falls back to initialize', () => {
    const refused = new StreamBuilder();
    refused.transport({ type: 'connecting', transport: 'streamable-http' });
    refused.clientRequest('server-discover-probe-1', 'server/discover', discoverParams);
    refused.transport(post(400));
    refused.handshake();
    refused.transport({ type: 'closed', reason: 'Closed by the inspector' });
    expect(diagnose(refused.events, [requestUnansweredRule])).toEqual([]);

    const ignored = new StreamBuilder();
    ignored.transport({ type: 'spawned', pid: 1, command: 'server' });
    ignored.clientRequest('server-discover-probe-1', 'server/discover', discoverParams);
    ignored.handshake();
    ignored.transport({ type: 'exited', code: 0, signal: null });
    expect(diagnose(ignored.events, [requestUnansweredRule])).toEqual([]);
  });

  it('still counts requests refused with 400/404 after the handshake, and a server/discover sent once connected', () => {
    const stream = new StreamBuilder();
    stream.transport({ type: 'connecting', transport: 'streamable-http' });
    stream.clientRequest('server-discover-probe-1', 'server/discover', discoverParams);
    stream.transport(post(400));
    stream.handshake();
    const refusedLater = stream.clientRequest(1, 'tools/list');
    stream.transport(post(404));
    const discoverLater = stream.clientRequest(2, 'server/discover', discoverParams);
    stream.transport(post(200));
    stream.transport({ type: 'closed', reason: 'Closed by the inspector' });
    expect(diagnose(stream.events, [requestUnansweredRule]).map((finding) => finding.seqs)).toEqual([[refusedLater], [discoverLater]]);
  });
});
