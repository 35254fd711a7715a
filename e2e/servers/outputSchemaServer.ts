// A fixture server whose tools declare an outputSchema: one answers with structured content that
// fits it, one with content that breaks it (a string where a number is required), one with none at
// all. Built on the low-level Server, because McpServer would validate (and refuse) the bad output.
import { Server } from '@modelcontextprotocol/server';
import { StdioServerTransport } from '@modelcontextprotocol/server/stdio';

const outputSchema = {
  type: 'object' as const,
  properties: { temperature: { type: 'number' }, conditions: { type: 'string' } },
  required: ['temperature', 'conditions'],
};
const inputSchema = { type: 'object' as const, properties: {} };

const results: Record<string, Record<string, unknown>> = {
  'weather-valid': { temperature: 21.5, conditions: 'sunny' },
  'weather-invalid': { temperature: 'warm', conditions: 'sunny' },
};

const server = new Server({ name: 'output-schema-fixture', version: '1.0.0' }, { capabilities: { tools: {} } });

server.setRequestHandler('tools/list', () => ({
  tools: ['weather-valid', 'weather-invalid', 'weather-unstructured'].map((name) => ({ name, inputSchema, outputSchema })),
}));
server.setRequestHandler('tools/call', (request) => {
  const structured = results[request.params.name];
  const text = JSON.stringify(structured ?? { note: 'no structured content' });
  return structured ? { content: [{ type: 'text', text }], structuredContent: structured } : { content: [{ type: 'text', text }] };
});

await server.connect(new StdioServerTransport());
