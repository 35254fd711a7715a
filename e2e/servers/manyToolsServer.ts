// A fixture server with many tools (1,000 unless TOOL_COUNT says otherwise), all in one tools/list
// page, each with a small inputSchema and annotations: what the bench renders and filters.
import { Server } from '@modelcontextprotocol/server';
import { StdioServerTransport } from '@modelcontextprotocol/server/stdio';

const count = Number(process.env.TOOL_COUNT ?? 1000);

const tools = Array.from({ length: count }, (_, i) => ({
  name: `tool-${i + 1}`,
  title: `Tool number ${i + 1}`,
  description: `One of ${count} tools; takes a message and a repeat count.`,
  inputSchema: {
    type: 'object' as const,
    properties: { message: { type: 'string' }, times: { type: 'integer', minimum: 1, maximum: 10 } },
    required: ['message'],
  },
  annotations: { readOnlyHint: i % 2 === 0, idempotentHint: i % 3 === 0 },
}));

const server = new Server({ name: 'many-tools-fixture', version: '1.0.0' }, { capabilities: { tools: {} } });
server.setRequestHandler('tools/list', () => ({ tools }));
server.setRequestHandler('tools/call', (request) => ({ content: [{ type: 'text', text: `called ${request.params.name}` }] }));
await server.connect(new StdioServerTransport());
