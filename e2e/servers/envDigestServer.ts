// A fixture server whose one tool answers the SHA-256 of an environment variable it was started with:
// a test can prove which value the server got without the value itself crossing to the page (where
// the inspector masks known secrets).
import { createHash } from 'node:crypto';
import { Server } from '@modelcontextprotocol/server';
import { StdioServerTransport } from '@modelcontextprotocol/server/stdio';

const server = new Server({ name: 'env-digest-fixture', version: '1.0.0' }, { capabilities: { tools: {} } });
server.setRequestHandler('tools/list', () => ({
  tools: [{ name: 'env-digest', inputSchema: { type: 'object' as const, properties: { name: { type: 'string' } }, required: ['name'] } }],
}));
server.setRequestHandler('tools/call', (request) => {
  const value = process.env[String(request.params.arguments?.name ?? '')];
  const text = value === undefined ? 'unset' : createHash('sha256').update(value).digest('hex');
  return { content: [{ type: 'text', text }] };
});
await server.connect(new StdioServerTransport());
