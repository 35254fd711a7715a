// What the inspector and the socket layer need of a connection. Two implementations: `Connection`
// (live: an SDK client over a transport) and `RecordedConnection` (read from a session file).
import type { FaultRuleEntry } from '../../shared/faults/faultRule';
import type { ConnectionSettings, ConnectionSummary, ConnectionTarget, Root } from '../../shared/connectionTypes';
import type { RequestOutcome, RequestResult } from '../../shared/inspectorProtocol';

/** Per-request choices of the UI. */
export interface RequestCall {
  /** Overrides the connection's request timeout. */
  timeoutMs?: number;
  /** The UI's name for the request: its progress is published under it and it can be cancelled by it. */
  requestKey?: string;
  /** An MCP App the page renders asked for it: the recorded request is marked `via: "app"`. */
  origin?: 'app';
}

export interface InspectedConnection {
  readonly id: string;
  summary(): ConnectionSummary;
  disconnect(): Promise<ConnectionSummary>;
  reconnect(target?: ConnectionTarget, settings?: ConnectionSettings): Promise<ConnectionSummary>;
  /** Disconnects for good: no more change events. */
  remove(): Promise<void>;
  /** Sends any MCP request; a server's error is an outcome, not a failure. */
  request(method: string, params: Record<string, unknown> | undefined, call?: RequestCall): Promise<RequestOutcome>;
  /** Writes text to the server as is (the raw composer); returns the ids of the requests in it and, over HTTP, the POST's answer. */
  sendRaw(text: string): Promise<RequestResult<'sendRaw'>>;
  /** Cancels the in-flight request the UI named `requestKey`; false when there is none. */
  cancelRequest(requestKey: string, reason?: string): boolean;
  /** Replaces the roots the client offers (and tells the server they changed). */
  setRoots(roots: Root[]): Promise<ConnectionSummary>;
  /** Replaces the connection's fault rules; throws on one that does not parse. */
  setFaults(faults: FaultRuleEntry[]): ConnectionSummary;
  /** Last resort at process exit: ends a server process synchronously. */
  killNow(): void;
}
