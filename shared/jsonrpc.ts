// JSON-RPC 2.0 message classification, shared by the proxy (tapping, diagnosis) and the UI (log).
// Works on untrusted parsed JSON: a server may send anything, so nothing here throws.

/** A JSON-RPC request id as the spec allows it (MCP forbids null). */
export type JsonRpcId = string | number;

/** What a parsed wire message is, judged by its envelope alone. */
export type MessageKind = 'request' | 'notification' | 'response' | 'error' | 'invalid';

/** The envelope facts the log and the diagnosis need, read once from a parsed message. */
export interface MessageEnvelope {
  kind: MessageKind;
  /** Present on requests and notifications. */
  method?: string;
  /** Present on requests, responses and errors (when the message carries a usable one). */
  id?: JsonRpcId;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isId(value: unknown): value is JsonRpcId {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

/** Classifies one parsed JSON value as a JSON-RPC message, without validating its params or result. */
export function readEnvelope(message: unknown): MessageEnvelope {
  if (!isRecord(message)) return { kind: 'invalid' };
  const id = isId(message.id) ? message.id : undefined;
  if (typeof message.method === 'string') {
    return 'id' in message
      ? { kind: id === undefined ? 'invalid' : 'request', method: message.method, id }
      : { kind: 'notification', method: message.method };
  }
  if ('result' in message && !('error' in message) && id !== undefined) return { kind: 'response', id };
  if ('error' in message && !('result' in message)) return id === undefined ? { kind: 'error' } : { kind: 'error', id };
  return id === undefined ? { kind: 'invalid' } : { kind: 'invalid', id };
}

/** A key that identifies a request within one direction of one connection. */
export function requestKey(id: JsonRpcId): string {
  return `${typeof id}:${String(id)}`;
}
