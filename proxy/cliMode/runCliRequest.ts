// One `--cli` run, headless: the inspector's own Connection machinery (the same client, transports and
// tap as the UI's and as `check`'s), no HTTP server and no browser. Connects, sends the one request
// (every page of a list), disconnects, and returns what came back.
import { DEFAULT_CONNECTION_SETTINGS, type ConnectionSummary, type ConnectionTarget, type EraChoice } from '../../shared/connectionTypes';
import type { McpError, RequestOutcome } from '../../shared/inspectorProtocol';
import { NO_CLIENT_CAPABILITIES, settledConnection } from '../headless/headlessSession';
import { createOAuthCoordinator } from '../auth/createOAuthCoordinator';
import { Inspector } from '../inspector/Inspector';
import { AUTHORIZATION_REQUIRED } from '../upstream/describeError';
import type { CliMethod, CliRequest } from './parseCliModeArgs';

/** The field of each list result that holds its items. */
const LIST_FIELDS: Partial<Record<CliMethod, string>> = {
  'tools/list': 'tools',
  'resources/list': 'resources',
  'resources/templates/list': 'resourceTemplates',
  'prompts/list': 'prompts',
};

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

export interface RunCliRequestOptions {
  target: ConnectionTarget;
  request: CliRequest;
  inspectorVersion: string;
  timeoutMs: number;
  /** The protocol era (legacy when not given). */
  era?: EraChoice;
  /** Where OAuth tokens are kept between runs (0600). */
  oauthTokenFile?: string;
}

export type CliRun =
  /** The server answered; `notes` say what the reader should know (e.g. pages left unfetched). */
  | { outcome: 'answered'; result: Record<string, unknown>; notes: string[] }
  | { outcome: 'server-error'; error: McpError }
  /** Never connected: why, and the server's last stderr lines. */
  | { outcome: 'connect-failed'; error: string; stderrTail: string[] }
  /** The server requires OAuth and no token was at hand; `authFailure` says why the headless flow stopped. */
  | { outcome: 'auth-required'; error: string; authFailure?: string };

type Send = (params: Record<string, unknown> | undefined) => Promise<RequestOutcome>;

const asRecord = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

export async function runCliRequest(options: RunCliRequestOptions): Promise<CliRun> {
  const oauth = createOAuthCoordinator({
    mode: 'headless',
    redirectUrl: HEADLESS_REDIRECT_URL,
    ...(options.oauthTokenFile === undefined ? {} : { tokenFile: options.oauthTokenFile }),
  });
  const inspector = new Inspector({ inspectorVersion: options.inspectorVersion, target: options.target, isDemo: false }, oauth);
  // No person answers sampling or elicitation here: declare no client capability, so a tool that
  // needs one fails at once instead of waiting.
  const settings = { ...DEFAULT_CONNECTION_SETTINGS, capabilities: NO_CLIENT_CAPABILITIES, requestTimeoutMs: options.timeoutMs, ...(options.era === undefined ? {} : { era: options.era }) };
  const { id } = inspector.connect(options.target, settings);
  const connection = inspector.get(id);
  const handshakeBudget = options.timeoutMs + HANDSHAKE_GRACE_MS;
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
    const { method } = options.request;
    const send: Send = async (params) => {
      let outcome = await connection.request(method, params, { timeoutMs: options.timeoutMs });
      // A server may ask for (more) authorization mid-session (step-up): the headless flow gets the
      // tokens while this request fails, so it is sent again.
      for (let round = 0; round < MAX_AUTH_ROUNDS && !outcome.ok && outcome.error.message.startsWith(AUTHORIZATION_REQUIRED) && oauth.hasTokens(id); round++) {
        outcome = await connection.request(method, params, { timeoutMs: options.timeoutMs });
      }
      return outcome;
    };
    const field = LIST_FIELDS[method];
    return field === undefined ? await sendOnce(send, options.request.params) : await listAll(send, field);
  } finally {
    await connection.disconnect();
  }
}

async function sendOnce(send: Send, params: Record<string, unknown> | undefined): Promise<CliRun> {
  const outcome = await send(params);
  return outcome.ok ? { outcome: 'answered', result: asRecord(outcome.result), notes: [] } : { outcome: 'server-error', error: outcome.error };
}

/** Every page of a list, as one result: the first page's fields with all the items and no cursor. */
async function listAll(send: Send, field: string): Promise<CliRun> {
  const items: unknown[] = [];
  const seen = new Set<string>();
  let first: Record<string, unknown> | undefined;
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const outcome = await send(cursor === undefined ? undefined : { cursor });
    if (!outcome.ok) return { outcome: 'server-error', error: outcome.error };
    const result = asRecord(outcome.result);
    first ??= result;
    const list = result[field];
    if (Array.isArray(list)) items.push(...(list as unknown[]));
    const next = result.nextCursor;
    const combined = withItems(first, field, items);
    if (typeof next !== 'string') return { outcome: 'answered', result: combined, notes: [] };
    if (seen.has(next)) return { outcome: 'answered', result: combined, notes: [`the server repeated the cursor "${next}"; stopped after ${page + 1} pages`] };
    seen.add(next);
    cursor = next;
  }
  return { outcome: 'answered', result: withItems(first ?? {}, field, items), notes: [`stopped after ${MAX_PAGES} pages; the server still had more`] };
}

function withItems(firstPage: Record<string, unknown>, field: string, items: unknown[]): Record<string, unknown> {
  const result: Record<string, unknown> = { ...firstPage, [field]: items };
  delete result.nextCursor;
  return result;
}
