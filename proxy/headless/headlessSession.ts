// One headless session: the inspector's own Connection machinery (the same SDK client, transports, tap,
// diagnosis and OAuth coordinator as the UI's) without an HTTP server or a browser. `check`, `--cli`,
// `replay` and the conformance client are thin commands over it: open (handshake, headless OAuth
// rounds), send requests, close with a bounded wait, and read what the diagnosis found.
import type { ClientCapabilityChoices, ConnectionSettings, ConnectionSummary, ConnectionTarget, Handshake } from '../../shared/connectionTypes';
import type { Finding } from '../../shared/diagnosis';
import type { RequestOutcome } from '../../shared/inspectorProtocol';
import type { PendingServerRequest, ServerRequestAnswer } from '../../shared/serverRequests';
import { createOAuthCoordinator } from '../auth/createOAuthCoordinator';
import type { InspectedConnection, RequestCall } from '../inspector/InspectedConnection';
import { Inspector, type InspectorObserver } from '../inspector/Inspector';
import { AUTHORIZATION_REQUIRED } from '../upstream/describeError';

/** The redirect URI of the headless OAuth flow: never served, the authorization server's redirect to it is read. */
const HEADLESS_REDIRECT_URL = 'http://127.0.0.1/mcp-inspect/oauth/callback';
/** Starting a process (npx may download a package) on top of the request timeout. */
export const HANDSHAKE_GRACE_MS = 5_000;
/** A close that does not finish in this time is given up on: a headless command must always end. */
const CLOSE_BOUND_MS = 5_000;

export interface HeadlessSessionOptions {
  target: ConnectionTarget;
  /** Capabilities, era, timeouts: the same settings a UI connection has. */
  settings: ConnectionSettings;
  inspectorVersion: string;
  /** How long the handshake may take (default: the request timeout plus a grace to start a process). */
  handshakeTimeoutMs?: number;
  /** Headless OAuth for remote servers that require it; off when absent (a 401 fails the connection). */
  oauth?: { tokenFile?: string; rounds?: number };
  /** Answers a server request (sampling, elicitation…) with no person there; unanswered ones wait. */
  answerServerRequest?(request: PendingServerRequest): ServerRequestAnswer;
  /** Sees every event, finding and change as the UI would (a recorder, a progress printer). */
  observer?: Partial<InspectorObserver>;
}

/** What the diagnosis saw, for a session that connected or not. */
export interface HeadlessFindings {
  findings: Finding[];
  eventCount: number;
}

export type HeadlessOpening =
  | { outcome: 'connected'; session: HeadlessSession }
  /** Never connected: why, and the server's last stderr lines. */
  | ({ outcome: 'connect-failed'; error: string; stderrTail: string[] } & HeadlessFindings)
  /** The server requires OAuth and no token was at hand; `authFailure` says why the headless flow stopped. */
  | ({ outcome: 'auth-required'; error: string; authFailure?: string } & HeadlessFindings);

/** No person answers sampling or elicitation headlessly: declaring none makes a server not send them. */
export const NO_CLIENT_CAPABILITIES: ClientCapabilityChoices = {
  sampling: false,
  samplingTools: false,
  elicitationForm: false,
  elicitationUrl: false,
  roots: false,
  tasks: false,
};

/** Resolves with the connection's summary once it leaves `connecting`, or undefined after `timeoutMs`. */
function settledConnection(inspector: Inspector, connectionId: string, timeoutMs: number): Promise<ConnectionSummary | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish(undefined), timeoutMs);
    const unsubscribe = inspector.subscribe({
      eventRecorded: () => {},
      diagnosisRaised: () => {},
      connectionRemoved: () => {},
      connectionChanged: (summary) => {
        if (summary.id === connectionId && summary.state !== 'connecting') finish(summary);
      },
    });
    // A target that cannot even be started (e.g. a bad URL) fails inside connect(), before this subscribed.
    const current = inspector.get(connectionId).summary();
    if (current.state !== 'connecting') finish(current);
    function finish(summary: ConnectionSummary | undefined) {
      clearTimeout(timer);
      unsubscribe();
      resolve(summary);
    }
  });
}

const needsAuthorization = (summary: ConnectionSummary | undefined) => summary?.state === 'failed' && summary.error?.startsWith(AUTHORIZATION_REQUIRED) === true;

/** Connects; resolves once the handshake is done or has failed, never later than its bound. */
export async function openHeadlessSession(options: HeadlessSessionOptions): Promise<HeadlessOpening> {
  const oauth = options.oauth
    ? createOAuthCoordinator({ mode: 'headless', redirectUrl: HEADLESS_REDIRECT_URL, ...(options.oauth.tokenFile === undefined ? {} : { tokenFile: options.oauth.tokenFile }) })
    : undefined;
  const inspector = new Inspector({ inspectorVersion: options.inspectorVersion, target: options.target, isDemo: false }, oauth);
  const { observer, answerServerRequest: answer } = options;
  // Delegated method by method: an observer may be a class instance (a recorder), whose methods a spread would lose.
  if (observer) {
    inspector.subscribe({
      eventRecorded: (event) => observer.eventRecorded?.(event),
      diagnosisRaised: (findings) => observer.diagnosisRaised?.(findings),
      connectionChanged: (summary) => observer.connectionChanged?.(summary),
      connectionRemoved: (connectionId) => observer.connectionRemoved?.(connectionId),
      serverRequestPending: (request) => observer.serverRequestPending?.(request),
      serverRequestSettled: (settled) => observer.serverRequestSettled?.(settled),
      requestProgress: (progress) => observer.requestProgress?.(progress),
    });
  }
  if (answer) {
    inspector.subscribe({
      eventRecorded: () => {},
      diagnosisRaised: () => {},
      connectionChanged: () => {},
      connectionRemoved: () => {},
      serverRequestPending: (request) => {
        try {
          inspector.respond(request.connectionId, request.id, answer(request));
        } catch {
          // It ended on its own (cancelled by the server, connection closed): nothing to answer.
        }
      },
    });
  }
  const { id } = inspector.connect(options.target, options.settings);
  const connection = inspector.get(id);
  const handshakeBudget = options.handshakeTimeoutMs ?? options.settings.requestTimeoutMs + HANDSHAKE_GRACE_MS;
  let settled = await settledConnection(inspector, id, handshakeBudget);
  // The headless OAuth flow obtains tokens while the first attempt fails with 401; a step-up may need more rounds.
  const rounds = options.oauth?.rounds ?? 2;
  for (let round = 0; round < rounds && needsAuthorization(settled) && oauth?.hasTokens(id); round++) {
    await connection.reconnect();
    settled = await settledConnection(inspector, id, handshakeBudget);
  }
  const session = new HeadlessSession(inspector, connection, rounds);
  if (settled?.state === 'connected' && settled.handshake) return { outcome: 'connected', session };
  const summary = await session.close();
  if (needsAuthorization(settled)) {
    const failure = [...inspector.snapshot().events].reverse().find((event) => event.kind === 'transport' && event.event.type === 'auth' && event.event.step === 'failed');
    const authFailure = failure?.kind === 'transport' && failure.event.type === 'auth' ? failure.event.message : undefined;
    const error = 'the server answered 401; pass a token with --header "Authorization: Bearer …", or authorize in the inspector UI';
    return { outcome: 'auth-required', error, ...(authFailure === undefined ? {} : { authFailure }), ...session.diagnosis() };
  }
  const error = settled ? (settled.error ?? `The connection ended (${settled.state})`) : `The server did not complete the handshake within ${handshakeBudget} ms`;
  return { outcome: 'connect-failed', error, stderrTail: summary.stderrTail, ...session.diagnosis() };
}

/** A connected headless session. */
export class HeadlessSession {
  constructor(
    readonly inspector: Inspector,
    readonly connection: InspectedConnection,
    private readonly authRounds: number,
  ) {}

  /** The handshake as it happened (present: the session connected). */
  get handshake(): Handshake {
    return this.connection.summary().handshake!;
  }

  summary(): ConnectionSummary {
    return this.connection.summary();
  }

  /**
   * Sends a request; a server error is an outcome. A server may ask for (more) authorization mid-session
   * (step-up): the headless flow gets the tokens while the request fails, so it is sent again.
   */
  async request(method: string, params: Record<string, unknown> | undefined, call: RequestCall = {}): Promise<RequestOutcome> {
    let outcome = await this.connection.request(method, params, call);
    const authorized = () => this.inspector.oauth?.hasTokens(this.connection.id) === true;
    for (let round = 0; round < this.authRounds && !outcome.ok && outcome.error.message.startsWith(AUTHORIZATION_REQUIRED) && authorized(); round++) {
      outcome = await this.connection.request(method, params, call);
    }
    return outcome;
  }

  /** Every finding and the number of events so far. */
  diagnosis(): HeadlessFindings {
    const { findings, events } = this.inspector.snapshot();
    return { findings, eventCount: events.length };
  }

  /** Disconnects (ending a stdio server); a close that itself hangs ends with the process killed. */
  async close(): Promise<ConnectionSummary> {
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), CLOSE_BOUND_MS)));
    const closed = await Promise.race([this.connection.disconnect(), bound]);
    clearTimeout(timer);
    if (closed) return closed;
    this.connection.killNow();
    return this.connection.summary();
  }
}
