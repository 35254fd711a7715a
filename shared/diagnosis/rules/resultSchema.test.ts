import { describe, expect, it } from 'vitest';
import { StreamBuilder, diagnose } from '../testing/streamBuilder';
import { resultSchemaRule } from './resultSchema';

function resultFindings(method: string, result: Record<string, unknown>, params?: Record<string, unknown>): string[] {
  const stream = new StreamBuilder();
  stream.handshake();
  stream.clientRequest(1, method, params);
  stream.serverResult(1, result);
  return diagnose(stream.events, [resultSchemaRule]).map((finding) => finding.message);
}

const tool = { name: 'echo', inputSchema: { type: 'object', properties: { message: { type: 'string' } } } };

describe('result-schema', () => {
  it('checks a result against the schema of its request, with paths in plain words', () => {
    const [message] = resultFindings('tools/list', { tools: [tool, { name: 'broken', inputSchema: { type: 'array' } }, { inputSchema: { type: 'object' } }] });
    expect(message).toContain('tools/list (id 1)');
    expect(message).toContain('result.tools[1].inputSchema.type expected "object"');
    expect(message).toContain('result.tools[2].name is required (expected string) but missing');
  });

  it('leaves content blocks and resource contents to content-invalid, but not the arrays that hold them', () => {
    expect(resultFindings('tools/call', { content: [{ type: 'text', text: 5 }, { type: 'video', url: 'x' }, { type: 'image', data: 'aGk=' }] }, { name: 'echo' })).toEqual([]);
    expect(resultFindings('tools/call', { content: 'hello' }, { name: 'echo' })[0]).toContain('result.content expected array');
  });

  it('knows the result schema of each method it judges', () => {
    expect(resultFindings('initialize', { protocolVersion: '2025-11-25', capabilities: {} })[0]).toContain('result.serverInfo is required');
    expect(resultFindings('resources/read', { contents: {} })[0]).toContain('result.contents expected array');
    expect(resultFindings('prompts/get', { messages: [{ role: 'system', content: { type: 'text', text: 'x' } }] })[0]).toContain('result.messages[0].role');
    expect(resultFindings('completion/complete', { completion: { values: Array.from({ length: 101 }, () => 'v') } })[0]).toContain('result.completion.values');
    expect(resultFindings('tools/call', { content: [] }, { name: 'slow', task: { ttl: 1000 } })[0]).toContain('result.task is required');
  });

  it('accepts what the spec allows even where the SDK schema is stricter', () => {
    expect(resultFindings('ping', { _meta: { 'example.com/trace': 'abc' }, extra: true })).toEqual([]);
    expect(resultFindings('logging/setLevel', { note: 'ok' })).toEqual([]);
    const annotated = { type: 'text', text: 'x', annotations: { lastModified: '2025-01-12' } };
    expect(resultFindings('tools/call', { content: [annotated] }, { name: 'echo' })).toEqual([]);
  });

  it('accepts valid results with extra fields and _meta, and leaves unknown methods alone', () => {
    const result = { tools: [{ ...tool, icons: [{ src: 'https://x/icon.png' }], 'x-vendor': 1 }], nextCursor: 'n', _meta: { progress: 1 } };
    expect(resultFindings('tools/list', result)).toEqual([]);
    expect(resultFindings('tools/call', { content: [], structuredContent: { a: 1 }, isError: false, extra: 'fine' }, { name: 'echo' })).toEqual([]);
    expect(resultFindings('vendor/custom', { anything: 1 })).toEqual([]);
  });

  it('checks server notifications and requests by their method', () => {
    const stream = new StreamBuilder();
    stream.handshake({ clientCapabilities: { sampling: {} } });
    stream.serverNotification('notifications/message', { level: 'loud', data: 'x' });
    stream.serverNotification('notifications/progress', { progress: 1 });
    stream.serverRequest(9, 'sampling/createMessage', { messages: [] });
    stream.serverNotification('notifications/message', { level: 'info', data: { any: 'thing' }, _meta: {} });
    stream.serverNotification('notifications/vendor/custom', { whatever: true });
    const messages = diagnose(stream.events, [resultSchemaRule]).map((finding) => finding.message);
    expect(messages).toHaveLength(3);
    expect(messages[0]).toContain('notification notifications/message');
    expect(messages[0]).toContain('params.level');
    expect(messages[1]).toContain('params.progressToken');
    expect(messages[2]).toContain('request sampling/createMessage');
    expect(messages[2]).toContain('params.maxTokens');
  });

  it('judges the 2026-07-28 results and notifications, and leaves an input_required round to the final result', () => {
    const stream = new StreamBuilder();
    stream.clientRequest('listen:0', 'subscriptions/listen', { notifications: { resourceSubscriptions: ['notes://today'] } });
    const subscription = { 'io.modelcontextprotocol/subscriptionId': 'listen:0' };
    stream.serverNotification('notifications/subscriptions/acknowledged', { notifications: { resourceSubscriptions: ['notes://today'] }, _meta: subscription });
    stream.serverResult('listen:0', { _meta: subscription });
    stream.clientRequest(1, 'tools/call', { name: 'order' });
    stream.serverResult(1, { resultType: 'input_required', inputRequests: { details: { method: 'elicitation/create', params: {} } } });
    expect(diagnose(stream.events, [resultSchemaRule])).toEqual([]);
    expect(resultFindings('subscriptions/listen', { _meta: {} })[0]).toContain('subscriptionId');
    expect(resultFindings('server/discover', { supportedVersions: '2026-07-28', capabilities: {} })[0]).toContain('result.supportedVersions');
  });
});
