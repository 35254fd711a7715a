// Breaks pagination-cursor-repeat (official SDK, low-level Server): the second page of tools offers the
// cursor that led to it again.
import { Server } from '@modelcontextprotocol/server';
import { StdioServerTransport } from '@modelcontextprotocol/server/stdio';

const tool = (name: string) => ({ name, inputSchema: { type: 'object' as const } });
const server = new Server({ name: 'rule-pagination-cursor-repeat', version: '1.0.0' }, { capabilities: { tools: {} } });
server.setRequestHandler('tools/list', (request) => ({ tools: [tool(request.params?.cursor === undefined ? 'first' : 'second')], nextCursor: 'page-2' }));
await server.connect(new StdioServerTransport());
