// Breaks tool-name-invalid (official SDK, low-level Server): a tool name with a space in it.
import { Server } from '@modelcontextprotocol/server';
import { StdioServerTransport } from '@modelcontextprotocol/server/stdio';

const server = new Server({ name: 'rule-tool-name-invalid', version: '1.0.0' }, { capabilities: { tools: {} } });
server.setRequestHandler('tools/list', () => ({ tools: [{ name: 'get weather', inputSchema: { type: 'object' as const } }] }));
await server.connect(new StdioServerTransport());
