// Breaks structured-content-invalid: the tool's structuredContent does not match its outputSchema.
// The low-level SDK Server, because McpServer would validate (and refuse) the bad output.
import { Server } from '@modelcontextprotocol/server';
import { StdioServerTransport } from '@modelcontextprotocol/server/stdio';

const outputSchema = { type: 'object' as const, properties: { temperature: { type: 'number' } }, required: ['temperature'] };
const server = new Server({ name: 'rule-structured-content-invalid', version: '1.0.0' }, { capabilities: { tools: {} } });
server.setRequestHandler('tools/list', () => ({ tools: [{ name: 'weather', inputSchema: { type: 'object' as const }, outputSchema }] }));
server.setRequestHandler('tools/call', () => ({ content: [{ type: 'text' as const, text: '{"temperature":"warm"}' }], structuredContent: { temperature: 'warm' } }));
await server.connect(new StdioServerTransport());
