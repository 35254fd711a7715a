// One `--cli` run, headless: the inspector's own Connection machinery (the same client, transports and
// tap as the UI's and as `check`'s), no HTTP server and no browser. Connects, sends the one request
// (every page of a list), disconnects, and returns what came back. Behaves as the official Inspector
// CLI does: it declares `roots` (an empty list), answers a list of a capability the server did not
// declare with an empty list without asking, and looks a tool up in tools/list before calling it.
import { DEFAULT_CONNECTION_SETTINGS, type ClientCapabilityChoices, type ConnectionSummary, type ConnectionTarget, type EraChoice } from '../../shared/connectionTypes';
import type { McpError, RequestOutcome } from '../../shared/inspectorProtocol';
import { NO_CLIENT_CAPABILITIES, settledConnection } from '../headless/headlessSession';
import { createOAuthCoordinator } from '../auth/createOAuthCoordinator';
import { Inspector } from '../inspector/Inspector';
import { AUTHORIZATION_REQUIRED } from '../upstream/describeError';
import type { CliMethod, CliRequest } from './parseCliModeArgs';

/** The field of each list result that holds its items, and the server capability the list needs. */
const LISTS: Partial<Record<CliMethod, { field: string; capability: string }>> = {
  'tools/list': { field: 'tools', capability: 'tools' },
  'resources/list': { field: 'resources', capability: 'resources' },
  'resources/templates/list': { field: 'resourceTemplates', capability: 'resources' },
  'prompts/list': { field: 'prompts', capability: 'prompts' },
};

/**
 * What the CLI declares: `roots` (listChanged, answering an empty list), as the official Inspector CLI
 * does, so a server that offers some tools only to clients with roots lists them; no sampling or
 * elicitation, since no person is there to answer, so a tool that needs them fails at once.
 */
export const CLI_CLIENT_CAPABILITIES: ClientCapabilityChoices = { ...NO_CLIENT_CAPABILITIES, roots: true };

/** The redirect URI of the headless flow: never served, the authorization server's redirect to it is read. */
const HEADLESS_REDIRECT_URL = 'http://127.0.0.1/mcp-inspect/oauth/callback';
/** Reconnects after the headless OAuth flow got tokens (one, plus one for a step-up). */
const MAX_AUTH_ROUNDS = 2;

function needsAuthorization(summary: ConnectionSummary | undefined): boolean {
  return summary?.state === 'failed' && summary.error?.startsWith(AUTHORIZATION_REQUIRED) === true;
}

/** A server that keeps handing out new cursors is stopped after this many pages. */
const MAX_PAGES = 100;
/** Starting a process (npx may download a package) on top of the request timeout. */
const HANDSHAKE_GRACE_MS = 5_000;
/** --connect-timeout 0: the longest a timer can wait. */
const NO_LIMIT_MS = 2 ** 31 - 1;

export interface RunCliRequestOptions {
  target: ConnectionTarget;
  request: CliRequest;
  inspectorVersion: string;
  timeoutMs: number;
  /** The protocol era (legacy when not given). */
  era?: EraChoice;
  /** Where OAuth tokens are kept between runs (0600). */
  oauthTokenFile?: string;
  /** How long connecting may take (0: no limit); by default the request timeout plus a grace to start. */
  connectTimeoutMs?: number;
}

export type CliRun =
  /** The server answered; `notes` say what the reader should know (e.g. pages left unfetched). */
  | { outcome: 'answered'; result: Record<string, unknown>; notes: string[] }
  | { outcome: 'server-error'; error: McpError }
  /** tools/call for a tool the server does not list. */
  | { outcome: 'tool-not-found'; tool: string }
  /** Never connected: why, and the server's last stderr lines. */
  | { outcome: 'connect-failed'; error: string; stderrTail: string[] }
  /** The server requires OAuth and no token was at hand; `authFailure` says why the headless flow stopped. */
  | { outcome: 'auth-required'; error: string; authFailure?: string };

type Send = (method: string, params: Record<string, unknown> | undefined) => Promise<RequestOutcome>;

const asRecord = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

export async function runCliRequest(options: RunCliRequestOptions): Promise<CliRun> {
  const oauth = createOAuthCoordinator({
    mode: 'headless',
    redirectUrl: HEADLESS_REDIRECT_URL,
    ...(options.oauthTokenFile === undefined ? {} : { tokenFile: options.oauthTokenFile }),
  });
  const inspector = new Inspector({ inspectorVersion: options.inspectorVersion, target: options.target, isDemo: false }, oauth);
  const settings = { ...DEFAULT_CONNECTION_SETTINGS, capabilities: CLI_CLIENT_CAPABILITIES, roots: [], requestTimeoutMs: options.timeoutMs, ...(options.era === undefined ? {} : { era: options.era }) };
  const { id } = inspector.connect(options.target, settings);
  const connection = inspector.get(id);
  const handshakeBudget = options.connectTimeoutMs === 0 ? NO_LIMIT_MS : (options.connectTimeoutMs ?? options.timeoutMs + HANDSHAKE_GRACE_MS);
  // A transport that cannot even be created fails inside connect(), before anything can be awaited.
  const current = connection.summary();
  let settled = current.state === 'connecting' ? await settledConnection(inspector, id, handshakeBudget) : current;
  // The headless OAuth flow obtains tokens while the first attempt fails with 401; a step-up may
  // need one more round.
  for (let round = 0; round < MAX_AUTH_ROUNDS && needsAuthorization(settled) && oauth.hasTokens(id); round++) {
    await connection.reconnect();
    settled = await settledConnection(inspector, id, handshakeBudget);
  }
  if (needsAuthorization(settled)) {
    await connection.disconnect();
    const failure = [...inspector.snapshot().events].reverse().find((event) => event.kind === 'transport' && event.event.type === 'auth' && event.event.step === 'failed');
    const authFailure = failure?.kind === 'transport' && failure.event.type === 'auth' ? failure.event.message : undefined;
    const error = 'the server answered 401; pass a token with --header "Authorization: Bearer …", or authorize in the inspector UI';
    return { outcome: 'auth-required', error, ...(authFailure === undefined ? {} : { authFailure }) };
  }
  if (settled?.state !== 'connected') {
    const summary = await connection.disconnect();
    const error = settled ? (settled.error ?? `The connection ended (${settled.state})`) : `The server did not complete the handshake within ${handshakeBudget} ms`;
    return { outcome: 'connect-failed', error, stderrTail: summary.stderrTail };
  }
  try {
    const send: Send = async (method, params) => {
      let outcome = await connection.request(method, params, { timeoutMs: options.timeoutMs });
      // A server may ask for (more) authorization mid-session (step-up): the headless flow gets the
      // tokens while this request fails, so it is sent again.
      for (let round = 0; round < MAX_AUTH_ROUNDS && !outcome.ok && outcome.error.message.startsWith(AUTHORIZATION_REQUIRED) && oauth.hasTokens(id); round++) {
        outcome = await connection.request(method, params, { timeoutMs: options.timeoutMs });
      }
      return outcome;
    };
    return await sendRequest(send, options.request, settled.handshake?.serverCapabilities);
  } finally {
    await connection.disconnect();
  }
}

/** The request, as the official CLI sends it: lists in full (or empty, unasked, without the capability). */
async function sendRequest(send: Send, request: CliRequest, serverCapabilities: Record<string, unknown> | undefined): Promise<CliRun> {
  const { method, params } = request;
  const meta = params?._meta === undefined ? undefined : { _meta: params._meta };
  const list = async (listMethod: CliMethod): Promise<CliRun> => {
    const { field, capability } = LISTS[listMethod]!;
    // Without a recorded handshake nothing is known to be missing: ask.
    if (serverCapabilities !== undefined && !(capability in serverCapabilities)) return { outcome: 'answered', result: { [field]: [] }, notes: [] };
    return listAll(send, listMethod, field, meta);
  };
  if (LISTS[method]) return list(method);
  if (method === 'tools/call') {
    const tools = await list('tools/list');
    if (tools.outcome !== 'answered') return tools;
    const listed = tools.result.tools as { name?: unknown }[];
    if (!listed.some((tool) => tool.name === params?.name)) return { outcome: 'tool-not-found', tool: String(params?.name) };
  }
  const outcome = await send(method, params);
  return outcome.ok ? { outcome: 'answered', result: asRecord(outcome.result), notes: [] } : { outcome: 'server-error', error: outcome.error };
}

/** Every page of a list, as one result holding only the items (the official CLI's shape). */
async function listAll(send: Send, method: string, field: string, meta: Record<string, unknown> | undefined): Promise<CliRun> {
  const items: unknown[] = [];
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const params = cursor === undefined ? meta : { ...meta, cursor };
    const outcome = await send(method, params);
    if (!outcome.ok) return { outcome: 'server-error', error: outcome.error };
    const result = asRecord(outcome.result);
    const pageItems = result[field];
    if (Array.isArray(pageItems)) items.push(...(pageItems as unknown[]));
    const next = result.nextCursor;
    if (typeof next !== 'string') return { outcome: 'answered', result: { [field]: items }, notes: [] };
    if (seen.has(next)) return { outcome: 'answered', result: { [field]: items }, notes: [`the server repeated the cursor "${next}"; stopped after ${page + 1} pages`] };
    seen.add(next);
    cursor = next;
  }
  return { outcome: 'answered', result: { [field]: items }, notes: [`stopped after ${MAX_PAGES} pages; the server still had more`] };
}
