// Node's limits on how long a connection may take to send its request. Without them a socket that
// sends half a request (or half an upgrade) holds an open file forever; 200 of them exhaust a process.
import type { ServerOptions } from 'node:http';

export interface HttpServerTimeouts {
  /** Until the request line and headers are complete (an upgrade included). */
  headersMs: number;
  /** Until the whole request, body included, is in (a session import can be tens of MiB). */
  requestMs: number;
  /** How often Node looks for connections past those limits. */
  checkIntervalMs: number;
}

const DEFAULT_TIMEOUTS: HttpServerTimeouts = { headersMs: 10_000, requestMs: 120_000, checkIntervalMs: 1_000 };

/** Options for `http.createServer`; a connection past a limit is answered 408 and closed. */
export function httpServerTimeouts(overrides: Partial<HttpServerTimeouts> = {}): ServerOptions {
  const timeouts = { ...DEFAULT_TIMEOUTS, ...overrides };
  return {
    headersTimeout: timeouts.headersMs,
    requestTimeout: Math.max(timeouts.requestMs, timeouts.headersMs),
    connectionsCheckingInterval: timeouts.checkIntervalMs,
  };
}
