// A fixture server that repeats one mistake many times: its `repeat-mistake` tool writes 1,050
// notifications/message to stdout although the server declares no logging capability, then answers.
// Each one is a capability-undeclared finding; the diagnosis lists a rule's first 1,000 findings per
// connection and then says once that it stops listing them, while the log keeps every message.
import { McpServer } from '@modelcontextprotocol/server';
import { StdioServerTransport } from '@modelcontextprotocol/server/stdio';

const REPEATED_NOTIFICATIONS = 1_050;

const server = new McpServer({ name: 'repeated-mistake-fixture', version: '1.0.0' });

server.registerTool('repeat-mistake', { description: `Sends ${REPEATED_NOTIFICATIONS} log notifications without declaring logging` }, async () => {
  // Written by hand: the SDK refuses to send a notification whose capability was not declared.
  for (let n = 0; n < REPEATED_NOTIFICATIONS; n++) {
    process.stdout.write(`${JSON.stringify({ jsonrpc: '2.0', method: 'notifications/message', params: { level: 'info', data: `mistake ${n + 1}` } })}\n`);
  }
  return { content: [{ type: 'text', text: `sent ${REPEATED_NOTIFICATIONS}` }] };
});

await server.connect(new StdioServerTransport());
