import { describe, expect, it } from 'vitest';
import { StreamBuilder, diagnose } from '../testing/streamBuilder';
import { capabilityUndeclaredRule } from './capabilityUndeclared';

function run(build: (stream: StreamBuilder) => void, serverCapabilities: Record<string, unknown>, clientCapabilities: Record<string, unknown> = {}) {
  const stream = new StreamBuilder();
  stream.handshake({ serverCapabilities, clientCapabilities });
  build(stream);
  return diagnose(stream.events, [capabilityUndeclaredRule]);
}

describe('capability-undeclared', () => {
  it('reports server notifications without their capability', () => {
    const findings = run((stream) => {
      stream.serverNotification('notifications/tools/list_changed');
      stream.serverNotification('notifications/message', { level: 'info', data: 'x' });
      stream.serverNotification('notifications/resources/updated', { uri: 'file:///a' });
    }, { tools: {}, resources: {} });
    expect(findings.map((finding) => [finding.severity, finding.message])).toEqual([
      ['warning', 'The server sent notifications/tools/list_changed, but the server itself did not declare the tools.listChanged capability.'],
      ['error', 'The server sent notifications/message, but the server itself did not declare the logging capability.'],
      ['warning', 'The server sent notifications/resources/updated, but the server itself did not declare the resources.subscribe capability.'],
    ]);
  });

  it('reports server requests the client did not declare, including URL elicitation', () => {
    const findings = run((stream) => {
      stream.serverRequest(1, 'sampling/createMessage', { messages: [], maxTokens: 5 });
      stream.serverRequest(2, 'roots/list');
      stream.serverRequest(3, 'elicitation/create', { mode: 'url', message: 'Log in', url: 'https://example.com', elicitationId: 'e' });
      stream.serverRequest(4, 'elicitation/create', { message: 'Name?', requestedSchema: { type: 'object', properties: {} } });
    }, {}, { elicitation: {} });
    expect(findings.map((finding) => finding.message)).toEqual([
      'The server sent sampling/createMessage, but the client did not declare the sampling capability.',
      'The server sent roots/list, but the client did not declare the roots capability.',
      'The server sent elicitation/create, but the client did not declare the elicitation.url capability.',
    ]);
  });

  it("notes the client's calls to undeclared server features as info", () => {
    const findings = run((stream) => {
      stream.clientRequest(1, 'prompts/list');
      stream.clientRequest(2, 'completion/complete', { ref: { type: 'ref/prompt', name: 'p' }, argument: { name: 'a', value: '' } });
      stream.clientRequest(3, 'tools/list');
    }, { tools: {} });
    expect(findings.map((finding) => [finding.severity, finding.seqs, finding.cause])).toEqual([
      ['info', [4], 'inspector'],
      ['info', [5], 'inspector'],
    ]);
    expect(findings[1]?.message).toContain('completions');
  });

  it("marks the client's undeclared requests, and findings about the server's answer to them, as the inspector's; the server's own slips stay the server's", () => {
    const stream = new StreamBuilder();
    stream.handshake({ serverCapabilities: { tools: {} } });
    const request = stream.clientRequest(7, 'prompts/list');
    const answer = stream.serverResult(7, { prompts: 'not a list' });
    const notification = stream.serverNotification('notifications/message', { level: 'info', data: 'x' });
    const findings = diagnose(stream.events);
    expect(findings.map((finding) => [finding.ruleId, finding.seqs.at(-1), finding.cause])).toEqual([
      ['capability-undeclared', request, 'inspector'],
      ['result-schema', answer, 'inspector'],
      ['capability-undeclared', notification, undefined],
    ]);
  });

  it('does not expect a completions capability from a 2024-11-05 server, which had none to declare', () => {
    const stream = new StreamBuilder();
    stream.handshake({ version: '2024-11-05', serverCapabilities: { prompts: {} } });
    stream.clientRequest(1, 'completion/complete', { ref: { type: 'ref/prompt', name: 'p' }, argument: { name: 'a', value: '' } });
    expect(diagnose(stream.events, [capabilityUndeclaredRule])).toEqual([]);
  });

  it('is silent when everything used was declared, and before any handshake', () => {
    const declared = run((stream) => {
      stream.serverNotification('notifications/tools/list_changed');
      stream.serverNotification('notifications/resources/updated', { uri: 'file:///a' });
      stream.serverNotification('notifications/message', { level: 'info', data: 'x' });
      stream.serverRequest(1, 'sampling/createMessage', { messages: [], maxTokens: 5 });
      stream.serverRequest(2, 'elicitation/create', { message: 'Name?', requestedSchema: { type: 'object', properties: {} } });
      stream.serverRequest(3, 'elicitation/create', { mode: 'url', message: 'Log in', url: 'https://example.com', elicitationId: 'e' });
      stream.clientRequest(1, 'resources/subscribe', { uri: 'file:///a' });
      stream.clientRequest(2, 'logging/setLevel', { level: 'debug' });
    }, { tools: { listChanged: true }, resources: { subscribe: true }, logging: {} }, { sampling: {}, elicitation: { form: {}, url: {} } });
    expect(declared).toEqual([]);
    const stream = new StreamBuilder();
    stream.clientRequest(1, 'tools/list');
    stream.serverNotification('notifications/message', { level: 'info', data: 'x' });
    expect(diagnose(stream.events, [capabilityUndeclaredRule])).toEqual([]);
  });

  it('reads a modern (2026-07-28) server\'s capabilities from server/discover, where there is no initialize', () => {
    const modern = (capabilities: Record<string, unknown>) => {
      const stream = new StreamBuilder();
      stream.clientRequest('probe', 'server/discover', { _meta: { 'io.modelcontextprotocol/clientCapabilities': {} } });
      stream.serverResult('probe', { supportedVersions: ['2026-07-28'], capabilities });
      stream.clientRequest(1, 'tools/list');
      stream.serverNotification('notifications/message', { level: 'info', data: 'x' });
      return diagnose(stream.events, [capabilityUndeclaredRule]).map((finding) => finding.message);
    };
    expect(modern({ tools: {}, logging: {} })).toEqual([]);
    expect(modern({})).toEqual([
      'The inspector sent tools/list (your request), but the server did not declare the tools capability; this says nothing about the server.',
      'The server sent notifications/message, but the server itself did not declare the logging capability.',
    ]);
  });
});
