// Breaks resource-uri-mismatch (official SDK, low-level Server): reading one resource returns the
// contents of another.
import { Server } from '@modelcontextprotocol/server';
import { StdioServerTransport } from '@modelcontextprotocol/server/stdio';

const server = new Server({ name: 'rule-resource-uri-mismatch', version: '1.0.0' }, { capabilities: { resources: {} } });
server.setRequestHandler('resources/list', () => ({ resources: [{ uri: 'file:///notes/today.md', name: 'today' }] }));
server.setRequestHandler('resources/templates/list', () => ({ resourceTemplates: [] }));
server.setRequestHandler('resources/read', () => ({ contents: [{ uri: 'file:///notes/yesterday.md', text: 'hello' }] }));
await server.connect(new StdioServerTransport());
