// The raw composer's path to the server: text written to the transport as is (any JSON, invalid
// JSON, batches), and the answers to the requests in it kept away from the SDK client, which would
// choke on ids it never sent. The UI reads those answers from the recorded stream, like any message.
import type { JSONRPCMessage } from '@modelcontextprotocol/client';
import { requestKey, type JsonRpcId } from '../../shared/jsonrpc';
import type { RawHttpReply, RequestResult } from '../../shared/inspectorProtocol';
import type { TappedTransport } from '../upstream/transportTypes';

export type RawSendResult = RequestResult<'sendRaw'>;

type Deliver = (message: JSONRPCMessage, extra?: unknown) => void;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The ids of the requests in a raw text (one message or a batch); none when it is not JSON. */
export function requestIdsOf(text: string): JsonRpcId[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  const messages = Array.isArray(parsed) ? parsed : [parsed];
  return messages.flatMap((m) => (isRecord(m) && typeof m.method === 'string' && (typeof m.id === 'string' || typeof m.id === 'number') ? [m.id] : []));
}

export class RawComposerRouter {
  /** Ids the composer sent and whose answer has not come back yet. */
  private readonly awaiting = new Set<string>();

  /**
   * Puts the router between a transport and whoever sets its `onmessage` (the SDK client, on
   * connect): answers to the composer's requests stop here; everything else passes through.
   */
  install(transport: TappedTransport): void {
    let deliver: Deliver | undefined;
    const filtered: Deliver = (message, extra) => {
      if (this.claims(message)) return;
      deliver?.(message, extra);
    };
    Object.defineProperty(transport, 'onmessage', {
      configurable: true,
      enumerable: true,
      get: () => (deliver ? filtered : undefined),
      set: (next: Deliver | undefined) => {
        deliver = next;
      },
    });
  }

  /**
   * Writes the text; returns the request ids in it, whose answers are now the composer's, and over
   * HTTP how the server answered the POST.
   */
  async send(transport: TappedTransport, text: string): Promise<RawSendResult> {
    const ids = requestIdsOf(text);
    for (const id of ids) this.awaiting.add(requestKey(id));
    let http: RawHttpReply | void;
    try {
      // Stdio frames messages by line: end the text with one, or it would run into the next message.
      const framed = transport.resolvedTransport === 'stdio' && !text.endsWith('\n') ? `${text}\n` : text;
      http = await transport.sendRaw(framed);
    } catch (error) {
      for (const id of ids) this.awaiting.delete(requestKey(id));
      throw error;
    }
    return { requestIds: ids, ...(http ? { http } : {}) };
  }

  private claims(message: JSONRPCMessage): boolean {
    const record = message as Record<string, unknown>;
    if ('method' in record) return false;
    const id = record.id;
    if (typeof id !== 'string' && typeof id !== 'number') return false;
    return this.awaiting.delete(requestKey(id));
  }
}
