// Breaks stdout-not-json (official SDK): a stray debug line on stdout, where only messages belong.
import { McpServer } from '@modelcontextprotocol/server';
import { StdioServerTransport } from '@modelcontextprotocol/server/stdio';

const server = new McpServer({ name: 'rule-stdout-not-json', version: '1.0.0' });
server.registerTool('echo', { description: 'Echoes nothing' }, async () => ({ content: [{ type: 'text', text: 'ok' }] }));
await server.connect(new StdioServerTransport());
process.stdout.write('debug: listening\n');
