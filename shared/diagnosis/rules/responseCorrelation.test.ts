import { describe, expect, it } from 'vitest';
import { StreamBuilder, diagnose } from '../testing/streamBuilder';
import { responseDuplicateRule, responseUnknownIdRule } from './responseCorrelation';

const rules = [responseUnknownIdRule, responseDuplicateRule];

describe('response-unknown-id and response-duplicate', () => {
  it('reports a result for an id the client never sent', () => {
    const stream = new StreamBuilder();
    stream.handshake();
    stream.clientRequest(1, 'tools/list');
    stream.serverResult(1, { tools: [] });
    const seq = stream.serverResult(99, { tools: [] });
    expect(diagnose(stream.events, rules)).toEqual([expect.objectContaining({ ruleId: 'response-unknown-id', seqs: [seq] })]);
  });

  it('tells the string id "1" from the number 1', () => {
    const stream = new StreamBuilder();
    stream.handshake();
    stream.clientRequest(1, 'tools/list');
    stream.serverResult('1', { tools: [] });
    const findings = diagnose(stream.events, rules);
    expect(findings.map((finding) => finding.ruleId)).toEqual(['response-unknown-id']);
    expect(findings[0]?.message).toContain('id "1"');
  });

  it('does not pair a server response with a server request of the same id', () => {
    const stream = new StreamBuilder();
    stream.handshake({ clientCapabilities: { roots: {} } });
    stream.serverRequest(5, 'roots/list');
    stream.serverResult(5, {});
    expect(diagnose(stream.events, rules).map((finding) => finding.ruleId)).toEqual(['response-unknown-id']);
  });

  it('reports a second answer for the same id, pointing at the request and both answers', () => {
    const stream = new StreamBuilder();
    stream.handshake();
    const request = stream.clientRequest(2, 'tools/call', { name: 'echo' });
    const first = stream.serverResult(2, { content: [] });
    const second = stream.serverError(2, -32603, 'Internal error');
    const findings = diagnose(stream.events, rules);
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'response-duplicate', seqs: [request, first, second] })]);
    expect(findings[0]?.message).toContain('tools/call (id 2)');
  });

  it('accepts answers after a cancellation or after the transport ended, and reuse of an id once answered', () => {
    const stream = new StreamBuilder();
    stream.handshake();
    stream.clientRequest(3, 'tools/call', { name: 'slow' });
    stream.clientNotification('notifications/cancelled', { requestId: 3, reason: 'timeout' });
    stream.serverResult(3, { content: [] });
    stream.clientRequest(4, 'tools/list');
    stream.transport({ type: 'closed', reason: 'Closed by the inspector' });
    stream.serverResult(4, { tools: [] });
    stream.clientRequest(5, 'ping');
    stream.serverResult(5, {});
    stream.clientResult(6, {});
    const findings = diagnose(stream.events, rules);
    // The only finding: the client answering a server request that never existed (noted as info).
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'response-unknown-id', severity: 'info' })]);
  });
});
