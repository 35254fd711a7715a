// A minimal MCP server written directly on stdio, without the SDK: the SDK's server drops a line it
// cannot parse, while JSON-RPC 2.0 says to answer it with a -32700 error whose id is null. This one
// does, so the raw composer's handling of "the answer to unparsable input" can be tested. Otherwise it
// answers initialize, ping and an empty tools/list, and -32601 to anything else.
import { createInterface } from 'node:readline';

type Message = { jsonrpc?: unknown; id?: unknown; method?: unknown; params?: { protocolVersion?: unknown } };

function write(message: object): void {
  process.stdout.write(`${JSON.stringify({ jsonrpc: '2.0', ...message })}\n`);
}

function answer(request: Message): void {
  const id = request.id;
  switch (request.method) {
    case 'initialize':
      return write({
        id,
        result: {
          protocolVersion: typeof request.params?.protocolVersion === 'string' ? request.params.protocolVersion : '2025-11-25',
          capabilities: { tools: {} },
          serverInfo: { name: 'raw-parse-error-fixture', version: '1.0.0' },
        },
      });
    case 'ping':
      return write({ id, result: {} });
    case 'tools/list':
      return write({ id, result: { tools: [] } });
    default:
      return write({ id, error: { code: -32601, message: `Method not found: ${String(request.method)}` } });
  }
}

createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() === '') return;
  let message: Message;
  try {
    message = JSON.parse(line) as Message;
  } catch {
    write({ id: null, error: { code: -32700, message: 'Parse error' } });
    return;
  }
  // Notifications (no id) need no answer.
  if (typeof message === 'object' && message !== null && 'id' in message && typeof message.method === 'string') answer(message);
});
