// mcp-inspect as the client under the official conformance suite's contract: the server URL is the
// last argument, MCP_CONFORMANCE_SCENARIO names the scenario and MCP_CONFORMANCE_CONTEXT (JSON) may
// carry pre-registered OAuth credentials or the exact tool calls to make. It runs the inspector's own core headless (the same
// Connection, transports and OAuth coordinator as the UI and `--cli`): connect — completing OAuth
// without a browser, since the suite's authorization server redirects straight back — list the tools
// and call each one (or the calls the context names), accepting elicitations with the schema's defaults. Exits non-zero on failure.
import { DEFAULT_CONNECTION_SETTINGS, MODERN_PROTOCOL_VERSION, type ConnectionSettings, type OAuthClientSettings } from '../../shared/connectionTypes';
import { openHeadlessSession } from '../../proxy/headless/headlessSession';

const HANDSHAKE_MS = 20_000;
/** The URL-based client id (client ID metadata document) offered to servers that support it. */
const CLIENT_METADATA_URL = 'https://conformance-test.local/client-metadata.json';

const url = process.argv.at(-1);
if (!url?.startsWith('http')) {
  process.stderr.write('usage: conformanceClient <server URL>\n');
  process.exit(2);
}
interface ToolCall {
  name: string;
  arguments: Record<string, unknown>;
}
const context = JSON.parse(process.env.MCP_CONFORMANCE_CONTEXT ?? '{}') as { client_id?: string; client_secret?: string; toolCalls?: ToolCall[] };
const oauth: OAuthClientSettings = {
  clientMetadataUrl: CLIENT_METADATA_URL,
  ...(context.client_id === undefined ? {} : { clientId: context.client_id }),
  ...(context.client_secret === undefined ? {} : { clientSecret: context.client_secret }),
};

// The suite names the revision it tests; 2026-07-28 is the modern era (no `initialize`, per-request metadata).
const settings: ConnectionSettings = { ...DEFAULT_CONNECTION_SETTINGS, era: process.env.MCP_CONFORMANCE_PROTOCOL_VERSION === MODERN_PROTOCOL_VERSION ? 'modern' : 'legacy' };

async function main(): Promise<number> {
  const opening = await openHeadlessSession({
    target: { transport: 'streamable-http', url: url!, headers: {}, oauth },
    settings,
    inspectorVersion: 'conformance',
    handshakeTimeoutMs: HANDSHAKE_MS,
    oauth: { rounds: 3 },
    // Elicitations are accepted with the defaults the schema gives (SEP-1034).
    answerServerRequest: (request) => ({
      result: request.method === 'elicitation/create' ? { action: 'accept', content: defaultsOf(request.params.requestedSchema) } : {},
    }),
    observer: {
      eventRecorded: (event) => {
        if (event.kind === 'transport' && (event.event.type === 'auth' || event.event.type === 'error')) process.stderr.write(`${JSON.stringify(event.event)}\n`);
      },
    },
  });
  if (opening.outcome !== 'connected') return fail(`could not connect: ${opening.error}`);
  const { session } = opening;
  const listed = await session.request('tools/list', undefined);
  if (!listed.ok) return fail(`tools/list failed: ${listed.error.message}`);
  const tools = ((listed.result as { tools?: { name: string; inputSchema?: { properties?: Record<string, unknown> } }[] }).tools ?? []);
  const calls = context.toolCalls ?? tools.map((tool) => ({ name: tool.name, arguments: argumentsFor(tool.inputSchema?.properties ?? {}) }));
  for (const call of calls) {
    const called = await session.request('tools/call', { ...call });
    if (!called.ok) process.stderr.write(`tools/call ${call.name} failed: ${called.error.message}\n`);
  }
  await session.close();
  return 0;
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 1;
}

/** Simple arguments for a tool: numbers for number parameters (add_numbers), text otherwise. */
function argumentsFor(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(properties).map(([name, schema]) => {
      const type = (schema as { type?: string }).type;
      return [name, type === 'number' || type === 'integer' ? 1 : type === 'boolean' ? true : 'test'];
    }),
  );
}

/** The `default` of each property of an elicitation's requested schema. */
function defaultsOf(schema: unknown): Record<string, unknown> {
  const properties = (schema as { properties?: Record<string, { default?: unknown }> } | undefined)?.properties ?? {};
  return Object.fromEntries(Object.entries(properties).flatMap(([name, property]) => (property.default === undefined ? [] : [[name, property.default]])));
}

const code = await main().catch((error: unknown) => fail(`conformance client failed: ${String(error)}`));
process.exit(code);
