// A fixture server that declares only the tools capability (like server-memory or server-sequential-
// thinking): no prompts, resources, completions or logging, so a client must not ask for those.
import { Server } from '@modelcontextprotocol/server';
import { StdioServerTransport } from '@modelcontextprotocol/server/stdio';

const server = new Server({ name: 'tools-only-fixture', version: '1.0.0' }, { capabilities: { tools: {} } });

server.setRequestHandler('tools/list', () => ({
  tools: [{ name: 'remember', description: 'Stores a note.', inputSchema: { type: 'object', properties: { note: { type: 'string' } } } }],
}));
server.setRequestHandler('tools/call', (request) => ({ content: [{ type: 'text', text: `Remembered: ${String(request.params.arguments?.note ?? '')}` }] }));

await server.connect(new StdioServerTransport());
