// A fixture server that breaks stdio hygiene once: right after it connects, it prints a debug line
// to stdout (as a stray console.log would), where only protocol messages belong. The inspector's
// diagnosis must report exactly that line as `stdout-not-json`.
import { McpServer } from '@modelcontextprotocol/server';
import { StdioServerTransport } from '@modelcontextprotocol/server/stdio';
import { z } from 'zod';

const server = new McpServer({ name: 'noisy-stdout-fixture', version: '1.0.0' });

server.registerTool('echo', { description: 'Echoes its message', inputSchema: z.object({ message: z.string() }) }, async ({ message }) => ({
  content: [{ type: 'text', text: message }],
}));

await server.connect(new StdioServerTransport());
process.stdout.write('debug: hello from console.log\n');
