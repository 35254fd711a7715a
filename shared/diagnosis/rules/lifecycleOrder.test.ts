import { describe, expect, it } from 'vitest';
import { StreamBuilder, diagnose } from '../testing/streamBuilder';
import { lifecycleOrderRule } from './lifecycleOrder';

const initializeParams = { protocolVersion: '2025-11-25', capabilities: { sampling: {} }, clientInfo: { name: 'c', version: '1' } };
const initializeResult = { protocolVersion: '2025-11-25', capabilities: {}, serverInfo: { name: 's', version: '1' } };

describe('lifecycle-order', () => {
  it('reports a client request sent before the initialize response, but not a ping', () => {
    const stream = new StreamBuilder();
    stream.clientRequest(0, 'initialize', initializeParams);
    stream.clientRequest(1, 'ping');
    const early = stream.clientRequest(2, 'tools/list');
    stream.serverResult(0, initializeResult);
    stream.clientNotification('notifications/initialized');
    const findings = diagnose(stream.events, [lifecycleOrderRule]);
    expect(findings).toEqual([expect.objectContaining({ seqs: [early], severity: 'warning' })]);
    expect(findings[0]?.message).toContain('tools/list before the server answered initialize');
  });

  it('reports a server request (other than ping) before notifications/initialized', () => {
    const stream = new StreamBuilder();
    stream.clientRequest(0, 'initialize', initializeParams);
    stream.serverRequest('s0', 'ping');
    stream.serverNotification('notifications/message', { level: 'info', data: 'starting' });
    const early = stream.serverRequest('s1', 'sampling/createMessage', { messages: [], maxTokens: 10 });
    stream.serverResult(0, initializeResult);
    stream.clientNotification('notifications/initialized');
    stream.serverRequest('s2', 'sampling/createMessage', { messages: [], maxTokens: 10 });
    const findings = diagnose(stream.events, [lifecycleOrderRule]);
    expect(findings).toEqual([expect.objectContaining({ seqs: [early], severity: 'error' })]);
    expect(findings[0]?.message).toContain('sampling/createMessage before the client sent notifications/initialized');
  });

  it('is silent on a correct handshake and on a stream without initialize (2026-07-28)', () => {
    const legacy = new StreamBuilder();
    legacy.handshake();
    legacy.clientRequest(1, 'tools/list');
    legacy.serverResult(1, { tools: [] });
    const modern = new StreamBuilder();
    modern.clientRequest(1, 'server/discover');
    modern.serverResult(1, { supportedVersions: ['2026-07-28'], capabilities: {} });
    modern.clientRequest(2, 'tools/list');
    expect(diagnose([...legacy.events], [lifecycleOrderRule])).toEqual([]);
    expect(diagnose([...modern.events], [lifecycleOrderRule])).toEqual([]);
  });
});
