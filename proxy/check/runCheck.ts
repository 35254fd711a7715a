// One `check` run, headless: the inspector's own Connection machinery (the same client, transports and
// tap as the UI's), no HTTP server and no browser. Connects, explores, disconnects, and returns what the
// diagnosis found on the recorded stream and what check itself saw fail. Every wait is bounded, and
// the run as a whole is too, so a check always ends (see checkBounds).
import { DEFAULT_CONNECTION_SETTINGS, type ClientCapabilityChoices, type ConnectionSummary, type ConnectionTarget, type EraChoice, type Handshake } from '../../shared/connectionTypes';
import type { Finding } from '../../shared/diagnosis';
import type { RecordedEvent } from '../../shared/recordedEvent';
import type { InspectedConnection } from '../inspector/InspectedConnection';
import { Inspector } from '../inspector/Inspector';
import { BoundedSender, boundReason, type RequestBounds } from './boundedSender';
import { exploreServer, type ExplorationSummary, type FailedRequest } from './exploreServer';
import { requestFate } from './requestFate';

export const NO_CLIENT_CAPABILITIES: ClientCapabilityChoices = {
  sampling: false,
  samplingTools: false,
  elicitationForm: false,
  elicitationUrl: false,
  roots: false,
  tasks: false,
};

export interface RunCheckOptions {
  target: ConnectionTarget;
  inspectorVersion: string;
  callTools: boolean;
  /** Per request: no answer and no progress for this long cancels it (`--timeout`). */
  timeoutMs: number;
  /** Per request, whatever progress it sends (default: REQUEST_BOUND_FACTOR × timeoutMs). */
  requestBoundMs?: number;
  /** The whole run, start-up included (default: RUN_BOUND_FACTOR × timeoutMs + STARTUP_ALLOWANCE_MS). */
  runBoundMs?: number;
  /** The protocol era (legacy when not given). */
  era?: EraChoice;
}

/** A request may send progress for at most this many timeouts before it is cancelled anyway. */
export const REQUEST_BOUND_FACTOR = 3;
/** The run as a whole may take this many timeouts (plus the start-up allowance). */
export const RUN_BOUND_FACTOR = 30;
/** Time to start a server process, on top of the handshake's timeout. */
export const STARTUP_ALLOWANCE_MS = 5_000;
/** After the run's bound, closing the connection may take this long before the process is killed. */
const DISCONNECT_BOUND_MS = 5_000;

/** The bounds of a run: given ones, else derived from the timeout. */
export function checkBounds(options: Pick<RunCheckOptions, 'timeoutMs' | 'requestBoundMs' | 'runBoundMs'>): RequestBounds {
  return {
    idleMs: options.timeoutMs,
    totalMs: options.requestBoundMs ?? REQUEST_BOUND_FACTOR * options.timeoutMs,
    runMs: options.runBoundMs ?? RUN_BOUND_FACTOR * options.timeoutMs + STARTUP_ALLOWANCE_MS,
  };
}

/** The server as its handshake described it. */
export interface CheckedServer {
  name?: string;
  version?: string;
  protocolVersion: string;
}

export type CheckRun =
  | { outcome: 'checked'; server: CheckedServer; exploration: ExplorationSummary; findings: Finding[]; eventCount: number }
  /** Never connected: why, the server's last stderr lines, and whatever the diagnosis saw on the way. */
  | { outcome: 'connect-failed'; error: string; stderrTail: string[]; findings: Finding[]; eventCount: number };

/** Resolves with the connection's summary once it leaves `connecting`, or undefined after `timeoutMs`. */
export function settledConnection(inspector: Inspector, connectionId: string, timeoutMs: number): Promise<ConnectionSummary | undefined> {
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

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How long to keep listening after a request timed out (and was cancelled), for a late answer to it. */
function lateAnswerWindow(timeoutMs: number): number {
  return Math.min(Math.max(timeoutMs, 2_000), 5_000);
}

/** Closes the connection; a close that itself hangs ends with the process killed. */
async function boundedDisconnect(connection: InspectedConnection): Promise<ConnectionSummary> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const closed = await Promise.race([connection.disconnect(), new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), DISCONNECT_BOUND_MS)))]);
  clearTimeout(timer);
  if (closed) return closed;
  connection.killNow();
  return connection.summary();
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

export async function runCheck(options: RunCheckOptions): Promise<CheckRun> {
  const bounds = checkBounds(options);
  const inspector = new Inspector({ inspectorVersion: options.inspectorVersion, target: options.target, isDemo: false });
  // No person answers sampling or elicitation here, so check declares no client capability: a server
  // then must not send those requests, and a tool that needs one fails instead of waiting.
  const { id } = inspector.connect(options.target, { ...DEFAULT_CONNECTION_SETTINGS, capabilities: NO_CLIENT_CAPABILITIES, requestTimeoutMs: options.timeoutMs, ...(options.era === undefined ? {} : { era: options.era }) });
  const connection = inspector.get(id);
  const connectionEvents = () => inspector.snapshot().events.filter((event) => event.connectionId === id);
  const sender = new BoundedSender(inspector, connection, bounds);
  // The run's bound counts from here, start-up and handshake included.
  let runExpired = false;
  const runTimer = setTimeout(() => {
    runExpired = true;
    sender.cutForRun();
  }, bounds.runMs);
  try {
    // The handshake gets the same budget as any request, plus the time to start a process.
    const handshakeBound = Math.min(options.timeoutMs + STARTUP_ALLOWANCE_MS, bounds.runMs);
    const settled = await settledConnection(inspector, id, handshakeBound);
    if (settled?.state !== 'connected' || !settled.handshake) {
      const summary = await boundedDisconnect(connection);
      const { findings } = inspector.snapshot();
      const error = settled ? (settled.error ?? `The connection ended (${settled.state})`) : `The server did not complete the handshake within ${handshakeBound} ms`;
      return { outcome: 'connect-failed', error, stderrTail: summary.stderrTail, findings, eventCount: connectionEvents().length };
    }
    const { handshake } = settled;
    const stopReason = () => (runExpired ? boundReason('run', bounds) : undefined);
    const exploration = await exploreServer(sender.send, { serverCapabilities: handshake.serverCapabilities, callTools: options.callTools, modern: handshake.negotiation?.era === 'modern', stopReason });
    if (runExpired) exploration.stoppedEarly ??= boundReason('run', bounds);
    else if (exploration.timedOut > 0) await pause(lateAnswerWindow(options.timeoutMs));
    await boundedDisconnect(connection);
    const events = connectionEvents();
    exploration.failures = withFates(exploration.failures, events);
    return { outcome: 'checked', server: checkedServer(handshake), exploration, findings: inspector.snapshot().findings, eventCount: events.length };
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
