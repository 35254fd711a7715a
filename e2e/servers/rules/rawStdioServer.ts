// A deliberately hand-rolled MCP server over stdio, for the rule fixtures that must break the protocol
// in ways the official SDK would not let them: malformed envelopes, wrong or repeated ids, messages
// before initialization or without the capability, a version that does not exist, answering a cancelled
// request, dying mid-request. It answers like a correct minimal server unless a fixture overrides a
// method. The other fixtures here use the SDK; each fixture breaks exactly one diagnosis rule
// (ruleFixtures.ts lists them).
import { createInterface } from 'node:readline';

export type JsonObject = Record<string, unknown>;

/** What a fixture's handler is given: the request, and ways to write to the client. */
export interface RawContext {
  request: JsonObject & { id: string | number; method: string; params?: JsonObject };
  /** Writes any value as one line (valid JSON-RPC or not). */
  send(message: unknown): void;
  reply(result: JsonObject): void;
}

/** Returns the result to send, or undefined when the handler answered (or chose not to) itself. */
export type RawHandler = (context: RawContext) => JsonObject | undefined | Promise<JsonObject | undefined>;

export interface RawServerOptions {
  name: string;
  capabilities?: JsonObject;
  protocolVersion?: string;
  /** Methods answered by the fixture; they replace the correct defaults below. */
  handlers?: Record<string, RawHandler>;
  /** Called once the client sent notifications/initialized. */
  onInitialized?(send: (message: unknown) => void): void;
}

const send = (message: unknown) => process.stdout.write(`${JSON.stringify(message)}\n`);

const defaults: Record<string, RawHandler> = {
  ping: () => ({}),
  'tools/list': () => ({ tools: [{ name: 'echo', description: 'Echoes its message', inputSchema: { type: 'object', properties: { message: { type: 'string' } } } }] }),
  'tools/call': ({ request }) => ({ content: [{ type: 'text', text: JSON.stringify(request.params?.arguments ?? {}) }] }),
};

/** Starts the server on stdin/stdout. */
export function serveRaw(options: RawServerOptions): void {
  const handlers = { ...defaults, ...options.handlers };
  const capabilities = options.capabilities ?? { tools: {} };
  handlers.initialize ??= ({ request }) => ({
    protocolVersion: options.protocolVersion ?? request.params?.protocolVersion ?? '2025-11-25',
    capabilities,
    serverInfo: { name: options.name, version: '1.0.0' },
  });
  const lines = createInterface({ input: process.stdin });
  lines.on('line', async (line) => {
    let message: JsonObject;
    try {
      message = JSON.parse(line) as JsonObject;
    } catch {
      return;
    }
    if (message.method === 'notifications/initialized') options.onInitialized?.(send);
    if (typeof message.method !== 'string' || message.id === undefined) return;
    const request = message as RawContext['request'];
    const handler = handlers[request.method];
    if (!handler) return send({ jsonrpc: '2.0', id: request.id, error: { code: -32601, message: `Method not found: ${request.method}` } });
    const reply = (result: JsonObject) => send({ jsonrpc: '2.0', id: request.id, result });
    const result = await handler({ request, send, reply });
    if (result) reply(result);
  });
  lines.on('close', () => process.exit(0));
}
