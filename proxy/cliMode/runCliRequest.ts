// One `--cli` run, headless: the inspector's own Connection machinery (the same client, transports and
// tap as the UI's and as `check`'s), no HTTP server and no browser. Connects, sends the one request
// (every page of a list), disconnects, and returns what came back. Behaves as the official Inspector
// CLI does: it declares `roots` (an empty list), answers a list of a capability the server did not
// declare with an empty list without asking, and looks a tool up in tools/list before calling it.
import { DEFAULT_CONNECTION_SETTINGS, type ClientCapabilityChoices, type ConnectionTarget, type EraChoice } from '../../shared/connectionTypes';
import type { McpError, RequestOutcome } from '../../shared/inspectorProtocol';
import { HANDSHAKE_GRACE_MS, NO_CLIENT_CAPABILITIES, openHeadlessSession } from '../headless/headlessSession';
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

/** A server that keeps handing out new cursors is stopped after this many pages. */
const MAX_PAGES = 100;
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
  const settings = { ...DEFAULT_CONNECTION_SETTINGS, capabilities: CLI_CLIENT_CAPABILITIES, roots: [], requestTimeoutMs: options.timeoutMs, ...(options.era === undefined ? {} : { era: options.era }) };
  const opening = await openHeadlessSession({
    target: options.target,
    settings,
    inspectorVersion: options.inspectorVersion,
    handshakeTimeoutMs: options.connectTimeoutMs === 0 ? NO_LIMIT_MS : (options.connectTimeoutMs ?? options.timeoutMs + HANDSHAKE_GRACE_MS),
    oauth: { ...(options.oauthTokenFile === undefined ? {} : { tokenFile: options.oauthTokenFile }) },
  });
  if (opening.outcome === 'auth-required') return { outcome: 'auth-required', error: opening.error, ...(opening.authFailure === undefined ? {} : { authFailure: opening.authFailure }) };
  if (opening.outcome === 'connect-failed') return { outcome: 'connect-failed', error: opening.error, stderrTail: opening.stderrTail };
  const { session } = opening;
  try {
    const send: Send = (method, params) => session.request(method, params, { timeoutMs: options.timeoutMs });
    return await sendRequest(send, options.request, session.handshake.serverCapabilities);
  } finally {
    await session.close();
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
