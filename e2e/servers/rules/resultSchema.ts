// Breaks result-schema (official SDK, low-level Server): lists a tool without its required inputSchema.
import { Server } from '@modelcontextprotocol/server';
import { StdioServerTransport } from '@modelcontextprotocol/server/stdio';

const server = new Server({ name: 'rule-result-schema', version: '1.0.0' }, { capabilities: { tools: {} } });
// The SDK's types insist on an inputSchema; the point of this fixture is to leave it out.
server.setRequestHandler('tools/list', () => ({ tools: [{ name: 'echo', description: 'No input schema' }] }) as never);
await server.connect(new StdioServerTransport());
