// A fixture server that declares only tools (no prompts, no resources) and writes the method of every
// request it receives, one per line, to the file named by its first argument: so a test can see what a
// client asked, and what it rightly did not ask.
import { appendFileSync } from 'node:fs';
import { Server } from '@modelcontextprotocol/server';
import { StdioServerTransport } from '@modelcontextprotocol/server/stdio';

const methodLog = process.argv[2];
const server = new Server({ name: 'tools-only-fixture', version: '1.0.0' }, { capabilities: { tools: {} } });
server.setRequestHandler('tools/list', () => ({ tools: [{ name: 'shout', inputSchema: { type: 'object' as const, properties: { text: { type: 'string' } } } }] }));
server.setRequestHandler('tools/call', (request) => ({ content: [{ type: 'text', text: String(request.params.arguments?.text ?? '').toUpperCase() }] }));

const transport = new StdioServerTransport();
await server.connect(transport);
const deliver = transport.onmessage;
transport.onmessage = (message) => {
  if (methodLog && 'method' in message && 'id' in message) appendFileSync(methodLog, `${message.method}\n`);
  deliver?.(message);
};
