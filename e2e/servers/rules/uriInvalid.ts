// Breaks uri-invalid (official SDK, low-level Server): a resource whose URI has no scheme, read back
// with the same URI.
import { Server } from '@modelcontextprotocol/server';
import { StdioServerTransport } from '@modelcontextprotocol/server/stdio';

const server = new Server({ name: 'rule-uri-invalid', version: '1.0.0' }, { capabilities: { resources: {} } });
server.setRequestHandler('resources/list', () => ({ resources: [{ uri: 'notes/today.md', name: 'today' }] }));
server.setRequestHandler('resources/templates/list', () => ({ resourceTemplates: [] }));
server.setRequestHandler('resources/read', (request) => ({ contents: [{ uri: request.params.uri, text: 'hello' }] }));
await server.connect(new StdioServerTransport());
