// A minimal MCP server written directly on stdio (the SDK's server would refuse to send these): its
// tools answer with what a debugger must survive. `hologram`: a text block and a block of a type no
// revision defines. `deep-notification`: a log notification nested 100,000 levels deep, then a normal
// answer. `deep-result`: an answer whose structured content is nested 100,000 levels deep.
import { createInterface } from 'node:readline';

type Message = { id?: unknown; method?: unknown; params?: { protocolVersion?: unknown; name?: unknown } };

const DEPTH = 100_000;
const inputSchema = { type: 'object', properties: {} };
const tools = ['hologram', 'deep-notification', 'deep-result'].map((name) => ({ name, inputSchema }));

function write(message: object): void {
  process.stdout.write(`${JSON.stringify({ jsonrpc: '2.0', ...message })}\n`);
}

/** JSON text of arrays nested `depth` levels (JSON.stringify would overflow the stack). */
function nested(depth: number): string {
  return `${'['.repeat(depth - 1)}"bottom"${']'.repeat(depth - 1)}`;
}

function callTool(id: unknown, name: unknown): void {
  const idJson = JSON.stringify(id);
  switch (name) {
    case 'hologram':
      return write({
        id,
        result: { content: [{ type: 'text', text: 'before the hologram' }, { type: 'hologram', frames: 3, hue: 'teal' }] },
      });
    case 'deep-notification':
      process.stdout.write(`{"jsonrpc":"2.0","method":"notifications/message","params":{"level":"info","data":${nested(DEPTH)}}}\n`);
      return write({ id, result: { content: [{ type: 'text', text: 'sent a deep notification' }] } });
    case 'deep-result':
      process.stdout.write(`{"jsonrpc":"2.0","id":${idJson},"result":{"content":[],"structuredContent":{"deep":${nested(DEPTH)}}}}\n`);
      return;
    default:
      return write({ id, error: { code: -32602, message: `Unknown tool: ${String(name)}` } });
  }
}

function answer(request: Message): void {
  const id = request.id;
  switch (request.method) {
    case 'initialize':
      return write({
        id,
        result: {
          protocolVersion: typeof request.params?.protocolVersion === 'string' ? request.params.protocolVersion : '2025-11-25',
          capabilities: { tools: {}, logging: {} },
          serverInfo: { name: 'odd-content-fixture', version: '1.0.0' },
        },
      });
    case 'ping':
      return write({ id, result: {} });
    case 'tools/list':
      return write({ id, result: { tools } });
    case 'tools/call':
      return callTool(id, request.params?.name);
    default:
      return write({ id, error: { code: -32601, message: `Method not found: ${String(request.method)}` } });
  }
}

createInterface({ input: process.stdin }).on('line', (line) => {
  let message: Message;
  try {
    message = JSON.parse(line) as Message;
  } catch {
    return;
  }
  if (typeof message === 'object' && message !== null && 'id' in message && typeof message.method === 'string') answer(message);
});
