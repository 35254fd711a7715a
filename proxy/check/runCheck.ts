// One `check` run, headless: the inspector's own Connection machinery (the same client, transports and
// tap as the UI's), no HTTP server and no browser. Connects, explores, disconnects, and returns what the
// diagnosis found on the recorded stream.
import { DEFAULT_CONNECTION_SETTINGS, type ClientCapabilityChoices, type ConnectionSummary, type ConnectionTarget, type EraChoice } from '../../shared/connectionTypes';
import type { Finding } from '../../shared/diagnosis';
import { CANCELLATION_GRACE_MS } from '../../shared/diagnosis/rules/cancellationIgnored';
import { Inspector } from '../inspector/Inspector';
import { exploreServer, type ExplorationSummary } from './exploreServer';

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
  timeoutMs: number;
  /** The protocol era (legacy when not given). */
  era?: EraChoice;
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
  return Math.min(Math.max(timeoutMs, 4 * CANCELLATION_GRACE_MS), 5_000);
}

export async function runCheck(options: RunCheckOptions): Promise<CheckRun> {
  const inspector = new Inspector({ inspectorVersion: options.inspectorVersion, target: options.target, isDemo: false });
  // No person answers sampling or elicitation here, so check declares no client capability: a server
  // then must not send those requests, and a tool that needs one fails instead of waiting.
  const { id } = inspector.connect(options.target, { ...DEFAULT_CONNECTION_SETTINGS, capabilities: NO_CLIENT_CAPABILITIES, requestTimeoutMs: options.timeoutMs, ...(options.era === undefined ? {} : { era: options.era }) });
  const connection = inspector.get(id);
  // The handshake gets the same budget as any request, plus the time to start a process.
  const settled = await settledConnection(inspector, id, options.timeoutMs + 5_000);
  if (settled?.state !== 'connected' || !settled.handshake) {
    const summary = (await connection.disconnect()) ?? settled;
    const { findings, events } = inspector.snapshot();
    const error = settled ? (settled.error ?? `The connection ended (${settled.state})`) : `The server did not complete the handshake within ${options.timeoutMs + 5_000} ms`;
    return { outcome: 'connect-failed', error, stderrTail: summary.stderrTail, findings, eventCount: events.length };
  }
  const { handshake } = settled;
  const exploration = await exploreServer((method, params) => connection.request(method, params, { timeoutMs: options.timeoutMs }), {
    serverCapabilities: handshake.serverCapabilities,
    callTools: options.callTools,
    modern: handshake.negotiation?.era === 'modern',
  });
  if (exploration.timedOut > 0) await pause(lateAnswerWindow(options.timeoutMs));
  await connection.disconnect();
  const { findings, events } = inspector.snapshot();
  const { name, version } = handshake.serverInfo;
  const server: CheckedServer = {
    ...(typeof name === 'string' ? { name } : {}),
    ...(typeof version === 'string' ? { version } : {}),
    protocolVersion: handshake.protocolVersion,
  };
  return { outcome: 'checked', server, exploration, findings, eventCount: events.length };
}
