// A legacy (2025, initialize) stdio server that exits with code 1 when any request other than
// `initialize` arrives first, as servers on some SDKs do: the era probe (`server/discover`) ends this
// process, so `--era auto` must start it again and send `initialize` to the new one. Otherwise a
// correct server: one tool, answered after the handshake.
import { McpServer } from '@modelcontextprotocol/server';
import { StdioServerTransport } from '@modelcontextprotocol/server/stdio';
import type { JSONRPCMessage } from '@modelcontextprotocol/server';
import { z } from 'zod';

const server = new McpServer({ name: 'exit-on-probe-fixture', version: '1.0.0' });

server.registerTool('echo', { description: 'Echoes its message', inputSchema: z.object({ message: z.string() }) }, async ({ message }) => ({
  content: [{ type: 'text', text: message }],
}));

const transport = new StdioServerTransport();
await server.connect(transport);
let initialized = false;
const deliver = transport.onmessage;
transport.onmessage = (message: JSONRPCMessage) => {
  if (!initialized && 'method' in message && 'id' in message) {
    if (message.method !== 'initialize') {
      process.stderr.write(`fatal: ${message.method} before initialize, exiting\n`);
      process.exit(1);
    }
    initialized = true;
  }
  deliver?.(message);
};
process.stderr.write('exit-on-probe-fixture ready\n');
