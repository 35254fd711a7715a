// A fixture server (official SDK v1, low-level Server, so the schemas go out exactly as written) whose
// tools have input schemas no client can satisfy, or should not try to: a 600-million-character
// minLength, a 2^32-item minItems, a required property that refers to itself, an allOf of two types,
// contradictory bounds, `not: {}`. One ordinary tool, `echo`, shows that check still calls the rest.
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';

/** An object schema whose one required property `x` has this schema. */
const requiring = (x: Record<string, unknown>) => ({ type: 'object' as const, properties: { x }, required: ['x'] });

const tools = [
  { name: 'huge-string', inputSchema: requiring({ type: 'string', minLength: 600_000_000 }) },
  { name: 'huge-array', inputSchema: requiring({ type: 'array', minItems: 2 ** 32, items: { type: 'string' } }) },
  { name: 'self-reference', inputSchema: { type: 'object' as const, $defs: { node: { type: 'object', properties: { next: { $ref: '#/$defs/node' } }, required: ['next'] } }, properties: { x: { $ref: '#/$defs/node' } }, required: ['x'] } },
  { name: 'two-types', inputSchema: requiring({ allOf: [{ type: 'string' }, { type: 'integer' }] }) },
  { name: 'min-over-max', inputSchema: requiring({ type: 'integer', minimum: 10, maximum: 1 }) },
  { name: 'nothing-allowed', inputSchema: requiring({ not: {} }) },
  { name: 'echo', inputSchema: requiring({ type: 'string' }) },
].map((tool) => ({ ...tool, description: `Hostile schema: ${tool.name}` }));

const server = new Server({ name: 'hostile-schema-fixture', version: '1.0.0' }, { capabilities: { tools: {} } });
server.setRequestHandler(ListToolsRequestSchema, () => ({ tools }));
server.setRequestHandler(CallToolRequestSchema, (request) => ({ content: [{ type: 'text', text: `${request.params.name} called with ${JSON.stringify(request.params.arguments)}` }] }));
await server.connect(new StdioServerTransport());
