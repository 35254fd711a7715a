// What the inspector and the socket layer need of a connection. Two implementations: `Connection`
// (live: an SDK client over a transport) and `RecordedConnection` (read from a session file).
import type { ConnectionSummary, ConnectionTarget } from '../../shared/connectionTypes';
import type { RequestOutcome } from '../../shared/inspectorProtocol';

export interface InspectedConnection {
  readonly id: string;
  summary(): ConnectionSummary;
  disconnect(): Promise<ConnectionSummary>;
  reconnect(target?: ConnectionTarget): Promise<ConnectionSummary>;
  /** Disconnects for good: no more change events. */
  remove(): Promise<void>;
  /** Sends any MCP request; a server's error is an outcome, not a failure. */
  request(method: string, params: Record<string, unknown> | undefined, timeoutMs?: number): Promise<RequestOutcome>;
  /** Last resort at process exit: ends a server process synchronously. */
  killNow(): void;
}
