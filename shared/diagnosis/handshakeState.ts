// The handshake as the stream showed it (initialize, or server/discover in the 2026-07-28 era): what the
// client offered and declared, what the server answered. Several rules (lifecycle, version, capabilities) read it.
import { asRecord, type ObservedMessage } from './rule';

/** What the diagnosis knows of one attempt's `initialize` exchange so far. */
export interface HandshakeState {
  /** The client sent `initialize` (legacy era); without it the lifecycle rules stay silent. */
  initializeSent: boolean;
  /** The server answered `initialize` with a result or an error. */
  initializeAnswered: boolean;
  /** The client sent `notifications/initialized`. */
  initializedSent: boolean;
  protocolVersionOffered?: string;
  /** The version the server answered with, once known. */
  protocolVersion?: string;
  clientCapabilities?: Record<string, unknown>;
  /** Known once the server answered `initialize` with a result. */
  serverCapabilities?: Record<string, unknown>;
}

/** The handshake of a fresh attempt: nothing seen yet. */
export function createHandshakeState(): HandshakeState {
  return { initializeSent: false, initializeAnswered: false, initializedSent: false };
}

/** Before the server answered `initialize` (legacy) or `server/discover` (modern: its capabilities are known). */
export function handshakeUnfinished(state: HandshakeState): boolean {
  return !state.initializeAnswered && state.serverCapabilities === undefined;
}

/**
 * The era probe: `server/discover` while the handshake is unfinished. A legacy server may refuse it,
 * ignore it or even exit on it, and the client then falls back to `initialize` (2026-07-28
 * basic/versioning): none of that is the server failing a request.
 */
export function isEraProbe(method: string, state: HandshakeState): boolean {
  return method === 'server/discover' && handshakeUnfinished(state);
}

/** Updates the handshake with one message; call it after the message was correlated. */
export function updateHandshake(state: HandshakeState, message: ObservedMessage): void {
  const { envelope } = message;
  const raw = asRecord(message.raw);
  if (message.sender === 'client' && envelope.kind === 'request' && envelope.method === 'initialize') {
    const params = asRecord(raw?.params);
    state.initializeSent = true;
    state.protocolVersionOffered = typeof params?.protocolVersion === 'string' ? params.protocolVersion : undefined;
    state.clientCapabilities = asRecord(params?.capabilities) ?? {};
  } else if (message.sender === 'client' && envelope.kind === 'notification' && envelope.method === 'notifications/initialized') {
    state.initializedSent = true;
  } else if (message.sender === 'client' && envelope.kind === 'request' && envelope.method === 'server/discover') {
    // 2026-07-28 has no initialize: the client declares itself in the request's _meta envelope.
    const meta = asRecord(asRecord(raw?.params)?._meta);
    state.clientCapabilities = asRecord(meta?.['io.modelcontextprotocol/clientCapabilities']) ?? {};
  } else if (message.correlation?.status === 'answers' && message.correlation.request.method === 'server/discover') {
    // The capabilities a modern server declares; an initialize that follows (auto fell back) replaces them.
    const result = asRecord(raw?.result);
    if (envelope.kind === 'response' && result) state.serverCapabilities = asRecord(result.capabilities) ?? {};
  } else if (message.correlation?.status === 'answers' && message.correlation.request.method === 'initialize') {
    state.initializeAnswered = true;
    const result = asRecord(raw?.result);
    if (envelope.kind === 'response' && result) {
      state.protocolVersion = typeof result.protocolVersion === 'string' ? result.protocolVersion : undefined;
      state.serverCapabilities = asRecord(result.capabilities) ?? {};
    }
  }
}
