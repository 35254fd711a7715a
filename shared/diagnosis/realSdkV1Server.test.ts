// The no-false-positive bar for the servers people run today: a session with a server built on the
// v1 SDK (McpServer: tools with structured output, resources, templates, prompts, logging, progress)
// must produce no findings.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { RecordedEvent } from '../recordedEvent';
import { createDiagnosis } from './createDiagnosis';

function createServer(): McpServer {
  const server = new McpServer({ name: 'v1-fixture', version: '1.0.0' }, { capabilities: { logging: {} } });
  server.registerTool(
    'weather.get',
    { description: 'Weather', inputSchema: { city: z.string() }, outputSchema: { temperature: z.number() }, annotations: { readOnlyHint: true } },
    async ({ city }, extra) => {
      const progressToken = extra._meta?.progressToken;
      if (progressToken !== undefined) {
        for (const progress of [1, 2]) await extra.sendNotification({ method: 'notifications/progress', params: { progressToken, progress, total: 2 } });
      }
      await server.sendLoggingMessage({ level: 'info', data: { city } }, extra.sessionId);
      return { content: [{ type: 'text', text: '21' }], structuredContent: { temperature: 21 } };
    },
  );
  server.registerResource('readme', 'file:///readme.md', { mimeType: 'text/markdown' }, async (uri) => ({ contents: [{ uri: uri.href, text: '# hi' }] }));
  server.registerResource('note', new ResourceTemplate('note://{id}', { list: undefined }), {}, async (uri) => ({
    contents: [{ uri: uri.href, blob: 'aGVsbG8=', mimeType: 'application/octet-stream' }],
  }));
  server.registerPrompt('greet', { argsSchema: { name: z.string() } }, ({ name }) => ({ messages: [{ role: 'user', content: { type: 'text', text: `Hi ${name}` } }] }));
  return server;
}

/** Records every message crossing the client's end of an in-memory pair. */
function tapped(inner: Transport, events: RecordedEvent[]): Transport {
  const record = (direction: 'outgoing' | 'incoming', message: unknown) =>
    events.push({ seq: events.length + 1, time: 0, connectionId: 'v1', kind: 'message', direction, message: structuredClone(message), size: 0 });
  const outer: Transport = {
    start: () => inner.start(),
    send: (message, options) => {
      record('outgoing', message);
      return inner.send(message, options);
    },
    close: () => inner.close(),
  };
  inner.onmessage = (message, extra) => {
    record('incoming', message);
    outer.onmessage?.(message, extra);
  };
  inner.onclose = () => outer.onclose?.();
  return outer;
}

describe('a session with a v1 SDK server', () => {
  it('yields no findings', async () => {
    const events: RecordedEvent[] = [];
    const [clientEnd, serverEnd] = InMemoryTransport.createLinkedPair();
    await createServer().connect(serverEnd);
    const client = new Client({ name: 'diagnosis-test', version: '1.0.0' });
    await client.connect(tapped(clientEnd, events));
    await client.setLoggingLevel('debug');
    await client.listTools();
    await client.callTool({ name: 'weather.get', arguments: { city: 'Oslo' } }, undefined, { onprogress: () => {} });
    await client.listResources();
    await client.listResourceTemplates();
    await client.readResource({ uri: 'file:///readme.md' });
    await client.readResource({ uri: 'note://7' });
    await client.listPrompts();
    await client.getPrompt({ name: 'greet', arguments: { name: 'Ada' } });
    await client.ping();
    await client.close();

    const diagnosis = createDiagnosis();
    for (const event of events) diagnosis.observe(event);
    diagnosis.finish();
    const methods = events.map((event) => (event.kind === 'message' ? (event.message as { method?: string }).method : undefined));
    expect(methods).toEqual(expect.arrayContaining(['notifications/progress', 'notifications/message']));
    expect(diagnosis.findings()).toEqual([]);
  });
});
