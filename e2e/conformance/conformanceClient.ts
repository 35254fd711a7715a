// mcp-inspect as the client under the official conformance suite's contract: the server URL is the
// last argument, MCP_CONFORMANCE_SCENARIO names the scenario and MCP_CONFORMANCE_CONTEXT (JSON) may
// carry pre-registered OAuth credentials or the exact tool calls to make. It runs the inspector's own core headless (the same
// Connection, transports and OAuth coordinator as the UI and `--cli`): connect — completing OAuth
// without a browser, since the suite's authorization server redirects straight back — list the tools
// and call each one (or the calls the context names), accepting elicitations with the schema's defaults. Exits non-zero on failure.
import { DEFAULT_CONNECTION_SETTINGS, MODERN_PROTOCOL_VERSION, type ConnectionSettings, type ConnectionSummary, type OAuthClientSettings } from '../../shared/connectionTypes';
import { settledConnection } from '../../proxy/check/runCheck';
import { createOAuthCoordinator } from '../../proxy/auth/createOAuthCoordinator';
import { Inspector } from '../../proxy/inspector/Inspector';
import { AUTHORIZATION_REQUIRED } from '../../proxy/upstream/describeError';

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

const inspector = new Inspector(
  { inspectorVersion: 'conformance', isDemo: false },
  createOAuthCoordinator({ mode: 'headless', redirectUrl: 'http://127.0.0.1/mcp-inspect/oauth/callback' }),
);
inspector.subscribe({
  eventRecorded: (event) => {
    if (event.kind === 'transport' && (event.event.type === 'auth' || event.event.type === 'error')) process.stderr.write(`${JSON.stringify(event.event)}\n`);
  },
  diagnosisRaised: () => {},
  connectionChanged: () => {},
  connectionRemoved: () => {},
  // Elicitations are accepted with the defaults the schema gives (SEP-1034).
  serverRequestPending: (request) => {
    const result = request.method === 'elicitation/create' ? { action: 'accept', content: defaultsOf(request.params.requestedSchema) } : {};
    inspector.respond(request.connectionId, request.id, { result });
  },
});

const needsAuthorization = (summary: ConnectionSummary | undefined) => summary?.state === 'failed' && summary.error?.startsWith(AUTHORIZATION_REQUIRED) === true;

async function main(): Promise<number> {
  const { id } = inspector.connect({ transport: 'streamable-http', url: url!, headers: {}, oauth }, settings);
  const connection = inspector.get(id);
  let settled = await settledConnection(inspector, id, HANDSHAKE_MS);
  for (let round = 0; round < 3 && needsAuthorization(settled) && inspector.oauth?.hasTokens(id); round++) {
    await connection.reconnect();
    settled = await settledConnection(inspector, id, HANDSHAKE_MS);
  }
  if (settled?.state !== 'connected') {
    process.stderr.write(`could not connect: ${settled?.error ?? 'timed out'}\n`);
    return 1;
  }
  // A request that needed (more) authorization fails once the headless flow got the tokens; send it again.
  const send = async (method: string, params: Record<string, unknown> | undefined) => {
    let outcome = await connection.request(method, params);
    for (let round = 0; round < 3 && !outcome.ok && outcome.error.message.startsWith(AUTHORIZATION_REQUIRED); round++) outcome = await connection.request(method, params);
    return outcome;
  };
  const listed = await send('tools/list', undefined);
  if (!listed.ok) return fail(`tools/list failed: ${listed.error.message}`);
  const tools = ((listed.result as { tools?: { name: string; inputSchema?: { properties?: Record<string, unknown> } }[] }).tools ?? []);
  const calls = context.toolCalls ?? tools.map((tool) => ({ name: tool.name, arguments: argumentsFor(tool.inputSchema?.properties ?? {}) }));
  for (const call of calls) {
    const called = await send('tools/call', { ...call });
    if (!called.ok) process.stderr.write(`tools/call ${call.name} failed: ${called.error.message}\n`);
  }
  await connection.disconnect();
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
await inspector.closeAll();
process.exit(code);
