import { describe, expect, it } from 'vitest';
import { StreamBuilder, diagnose } from '../testing/streamBuilder';
import { structuredContentInvalidRule } from './structuredContentInvalid';

const weather = {
  name: 'weather',
  inputSchema: { type: 'object' },
  outputSchema: { type: 'object', properties: { temperature: { type: 'number' } }, required: ['temperature'] },
};

function call(result: Record<string, unknown>, tools: unknown[] = [weather, { name: 'plain', inputSchema: { type: 'object' } }], name = 'weather') {
  const stream = new StreamBuilder();
  stream.handshake();
  stream.clientRequest(1, 'tools/list');
  const listing = stream.serverResult(1, { tools });
  const request = stream.clientRequest(2, 'tools/call', { name, arguments: {} });
  const response = stream.serverResult(2, result);
  return { found: diagnose(stream.events, [structuredContentInvalidRule]), seqs: [request, response], listing };
}

describe('structured-content-invalid', () => {
  it('reports structuredContent that breaks the listed outputSchema, by JSON pointer', () => {
    const { found, seqs } = call({ content: [], structuredContent: { temperature: 'hot' } });
    expect(found).toEqual([expect.objectContaining({ seqs, message: expect.stringContaining('does not conform to the outputSchema of "weather" (listed in message 5): /temperature must') })]);
  });

  it('reports missing structuredContent when the tool declares an outputSchema', () => {
    const { found } = call({ content: [{ type: 'text', text: '{}' }] });
    expect(found.map((finding) => finding.message)).toEqual(['tools/call (id 2) returned no structuredContent, but the tool "weather" declares an outputSchema (listed in message 5).']);
  });

  it('accepts conforming output, error results, tools without a schema, unlisted tools and unusable schemas', () => {
    expect(call({ content: [], structuredContent: { temperature: 21.5 } }).found).toEqual([]);
    expect(call({ content: [{ type: 'text', text: 'failed' }], isError: true }).found).toEqual([]);
    expect(call({ content: [] }, undefined, 'plain').found).toEqual([]);
    expect(call({ content: [] }, undefined, 'unknown').found).toEqual([]);
    const broken = { ...weather, outputSchema: { type: 'object', properties: { temperature: { type: 'celsius' } } } };
    expect(call({ content: [], structuredContent: { temperature: 1 } }, [broken]).found).toEqual([]);
  });

  it('uses the latest listing of a tool', () => {
    const stream = new StreamBuilder();
    stream.handshake();
    stream.clientRequest(1, 'tools/list');
    stream.serverResult(1, { tools: [weather] });
    stream.clientRequest(2, 'tools/list');
    stream.serverResult(2, { tools: [{ name: 'weather', inputSchema: { type: 'object' } }] });
    stream.clientRequest(3, 'tools/call', { name: 'weather' });
    stream.serverResult(3, { content: [] });
    expect(diagnose(stream.events, [structuredContentInvalidRule])).toEqual([]);
  });
});

describe('structured-content-invalid messages', () => {
  it('say what each failing value must be', () => {
    const { found } = call({ content: [], structuredContent: { temperature: 'hot' } });
    expect(found[0]?.message).toBe('The structuredContent of tools/call (id 2) does not conform to the outputSchema of "weather" (listed in message 5): /temperature must be number, not string.');
    expect(call({ content: [], structuredContent: {} }).found[0]?.message).toContain(': (root) is missing the required property "temperature".');
  });
});
