// A minimal stdio MCP server (no SDK) that keeps running after its stdin ends, as some servers do: only
// a signal ends it. It answers initialize, ping and an empty tools/list.
import { createInterface } from 'node:readline';

type Request = { id?: unknown; method?: unknown; params?: { protocolVersion?: unknown } };

function answer(request: Request): Record<string, unknown> {
  switch (request.method) {
    case 'initialize': {
      const protocolVersion = typeof request.params?.protocolVersion === 'string' ? request.params.protocolVersion : '2025-11-25';
      return { result: { protocolVersion, capabilities: { tools: {} }, serverInfo: { name: 'eof-deaf-fixture', version: '1.0.0' } } };
    }
    case 'ping':
      return { result: {} };
    case 'tools/list':
      return { result: { tools: [] } };
    default:
      return { error: { code: -32601, message: `Method not found: ${String(request.method)}` } };
  }
}

createInterface({ input: process.stdin }).on('line', (line) => {
  let request: Request;
  try {
    request = JSON.parse(line) as Request;
  } catch {
    return;
  }
  if (typeof request.method !== 'string' || !('id' in request)) return;
  process.stdout.write(`${JSON.stringify({ jsonrpc: '2.0', id: request.id, ...answer(request) })}\n`);
});
// stdin's end closes the reader, but this keeps the process alive.
setInterval(() => {}, 60_000);
