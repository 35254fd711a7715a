// One `check` run, headless: the inspector's own Connection machinery (the same client, transports and
// tap as the UI's), no HTTP server and no browser. Connects, explores, disconnects, and returns what the
// diagnosis found on the recorded stream and what check itself saw fail. Every wait is bounded, and
// the run as a whole is too, so a check always ends (see checkBounds).
import { DEFAULT_CONNECTION_SETTINGS, type ConnectionTarget, type EraChoice, type Handshake } from '../../shared/connectionTypes';
import { mcpExchanges, type McpExchange } from '../../shared/artifacts/mcpExchanges';
import { messageRequests } from '../../shared/artifacts/messageRequests';
import type { Finding } from '../../shared/diagnosis';
import type { RecordedEvent } from '../../shared/recordedEvent';
import { HANDSHAKE_GRACE_MS, NO_CLIENT_CAPABILITIES, openHeadlessSession } from '../headless/headlessSession';
import { BoundedSender, boundReason, type RequestBounds } from './boundedSender';
import { exploreServer, type ExplorationSummary, type FailedRequest, type SentRequest } from './exploreServer';
import { requestFate } from './requestFate';

export interface RunCheckOptions {
  target: ConnectionTarget;
  inspectorVersion: string;
  callTools: boolean;
  /** Per request: no answer and no progress for this long cancels it (`--timeout`). */
  timeoutMs: number;
  /** Per request, whatever progress it sends (default: REQUEST_BOUND_FACTOR × timeoutMs). */
  requestBoundMs?: number;
  /** The whole run, start-up included (default: RUN_BOUND_FACTOR × timeoutMs + HANDSHAKE_GRACE_MS). */
  runBoundMs?: number;
  /** The protocol era (legacy when not given). */
  era?: EraChoice;
}

/** A request may send progress for at most this many timeouts before it is cancelled anyway. */
export const REQUEST_BOUND_FACTOR = 3;
/** The run as a whole may take this many timeouts (plus the start-up allowance). */
export const RUN_BOUND_FACTOR = 30;

/** The bounds of a run: given ones, else derived from the timeout. */
export function checkBounds(options: Pick<RunCheckOptions, 'timeoutMs' | 'requestBoundMs' | 'runBoundMs'>): RequestBounds {
  return {
    idleMs: options.timeoutMs,
    totalMs: options.requestBoundMs ?? REQUEST_BOUND_FACTOR * options.timeoutMs,
    runMs: options.runBoundMs ?? RUN_BOUND_FACTOR * options.timeoutMs + HANDSHAKE_GRACE_MS,
  };
}

/** The server as its handshake described it. */
export interface CheckedServer {
  name?: string;
  version?: string;
  protocolVersion: string;
}

export type CheckRun =
  | {
      outcome: 'checked';
      server: CheckedServer;
      exploration: ExplorationSummary;
      findings: Finding[];
      eventCount: number;
      /** Seq of each request and response message → seq of its request, to place findings per request. */
      requestOfMessage: ReadonlyMap<number, number>;
    }
  /** Never connected: why, the server's last stderr lines, and whatever the diagnosis saw on the way. */
  | { outcome: 'connect-failed'; error: string; stderrTail: string[]; findings: Finding[]; eventCount: number };

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How long to keep listening after a request timed out (and was cancelled), for a late answer to it. */
function lateAnswerWindow(timeoutMs: number): number {
  return Math.min(Math.max(timeoutMs, 2_000), 5_000);
}

/** Adds to each request check cancelled what the server did with it afterwards; unanswered ones hung. */
function withFates(failures: FailedRequest[], events: readonly RecordedEvent[]): FailedRequest[] {
  return failures.map((failure) => {
    if (failure.jsonRpcId === undefined || failure.bound === undefined) return failure;
    const fate = requestFate(events, failure.jsonRpcId);
    const hung = failure.bound !== 'run' && fate.responseSeq === undefined;
    return { ...failure, fate, ...(hung ? { hung } : {}) };
  });
}

/** The JSON-RPC id each request went out with, read off the wire (an answered request's outcome does not carry it). */
function withJsonRpcIds(sent: SentRequest[], exchanges: readonly McpExchange[]): SentRequest[] {
  const ids = new Map(exchanges.flatMap((exchange) => (exchange.id === undefined ? [] : [[exchange.startSeq, exchange.id] as const])));
  return sent.map((request) => {
    const id = request.requestSeq === undefined ? undefined : ids.get(request.requestSeq);
    return request.jsonRpcId !== undefined || id === undefined ? request : { ...request, jsonRpcId: id };
  });
}

export async function runCheck(options: RunCheckOptions): Promise<CheckRun> {
  const bounds = checkBounds(options);
  // The run's bound counts from here, start-up and handshake included.
  let runExpired = false;
  let cutForRun = () => {};
  const runTimer = setTimeout(() => {
    runExpired = true;
    cutForRun();
  }, bounds.runMs);
  // The handshake gets the same budget as any request, plus the time to start a process.
  const handshakeBound = Math.min(options.timeoutMs + HANDSHAKE_GRACE_MS, bounds.runMs);
  const opening = await openHeadlessSession({
    target: options.target,
    // No person answers sampling or elicitation here, so check declares no client capability: a server
    // then must not send those requests, and a tool that needs one fails instead of waiting.
    settings: { ...DEFAULT_CONNECTION_SETTINGS, capabilities: NO_CLIENT_CAPABILITIES, requestTimeoutMs: options.timeoutMs, ...(options.era === undefined ? {} : { era: options.era }) },
    inspectorVersion: options.inspectorVersion,
    handshakeTimeoutMs: handshakeBound,
  });
  if (opening.outcome !== 'connected') {
    clearTimeout(runTimer);
    const stderrTail = opening.outcome === 'connect-failed' ? opening.stderrTail : [];
    return { outcome: 'connect-failed', error: opening.error, stderrTail, findings: opening.findings, eventCount: opening.eventCount };
  }
  const { session } = opening;
  const sender = new BoundedSender(session.inspector, session.connection, bounds);
  cutForRun = () => sender.cutForRun();
  try {
    const { handshake } = session;
    const stopReason = () => (runExpired ? boundReason('run', bounds) : undefined);
    const exploration = await exploreServer(sender.send, { serverCapabilities: handshake.serverCapabilities, callTools: options.callTools, modern: handshake.negotiation?.era === 'modern', stopReason });
    if (runExpired) exploration.stoppedEarly ??= boundReason('run', bounds);
    else if (exploration.timedOut > 0) await pause(lateAnswerWindow(options.timeoutMs));
    await session.close();
    const events = session.inspector.snapshot().events;
    exploration.failures = withFates(exploration.failures, events);
    const exchanges = mcpExchanges(events);
    exploration.sent = withJsonRpcIds(exploration.sent, exchanges);
    return { outcome: 'checked', server: checkedServer(handshake), exploration, findings: session.diagnosis().findings, eventCount: events.length, requestOfMessage: messageRequests(exchanges) };
  } finally {
    clearTimeout(runTimer);
    sender.dispose();
  }
}

function checkedServer(handshake: Handshake): CheckedServer {
  const { name, version } = handshake.serverInfo;
  return {
    ...(typeof name === 'string' ? { name } : {}),
    ...(typeof version === 'string' ? { version } : {}),
    protocolVersion: handshake.protocolVersion,
  };
}
