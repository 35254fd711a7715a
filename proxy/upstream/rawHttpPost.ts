// The raw composer over HTTP: POST text as is to the endpoint the SDK transport talks to (the
// Streamable HTTP URL, or the endpoint a legacy SSE server announced), with the headers it negotiated
// (custom headers, bearer token, `Mcp-Session-Id`, `MCP-Protocol-Version`), through its tapping fetch
// so the exchange is recorded. JSON and event-stream bodies are read as messages and recorded as they
// arrive; over SSE the answers come on the GET stream like any other.
// The SDK keeps the endpoint and its header builder private; the names are those of SDK 2.4.x and are
// checked here, so a changed SDK gives a clear error rather than a wrong request.
import type { FetchLike, JSONRPCMessage, Transport } from '@modelcontextprotocol/client';
import { JSONRPCMessageSchema } from '@modelcontextprotocol/core';
import type { RawHttpReply } from '../../shared/inspectorProtocol';
import type { Tap } from './transportTypes';

const BODY_LIMIT = 4096;

/** The private parts of `StreamableHTTPClientTransport` and `SSEClientTransport` a raw POST needs. */
interface SdkHttpInternals {
  _url?: URL;
  /** SSE only: where to POST, announced by the server's `endpoint` event. */
  _endpoint?: URL;
  _fetch?: FetchLike;
  _commonHeaders?: () => Promise<Headers>;
}

/** Records a parsed incoming value; hands it on when it is a valid JSON-RPC message. */
type Receive = (value: unknown, size: number) => void;

export async function postRawText(inner: Transport, text: string, tap: Tap, deliver: (message: JSONRPCMessage) => void): Promise<RawHttpReply> {
  const sdk = inner as unknown as SdkHttpInternals;
  const endpoint = sdk._endpoint ?? sdk._url;
  if (!endpoint || typeof sdk._commonHeaders !== 'function') {
    throw new Error('Raw sending over HTTP could not find the transport’s endpoint (is the connection open?)');
  }
  const headers = await sdk._commonHeaders();
  headers.set('content-type', 'application/json');
  headers.set('accept', 'application/json, text/event-stream');
  tap({ kind: 'message', direction: 'outgoing', message: parseOrText(text), size: Buffer.byteLength(text) });
  const response = await (sdk._fetch ?? fetch)(endpoint, { method: 'POST', headers, body: text });
  const receive: Receive = (value, size) => {
    tap({ kind: 'message', direction: 'incoming', message: value, size });
    for (const item of Array.isArray(value) ? value : [value]) {
      const parsed = JSONRPCMessageSchema.safeParse(item);
      if (parsed.success) deliver(parsed.data);
    }
  };
  const contentType = response.headers.get('content-type') ?? undefined;
  const reply: RawHttpReply = { status: response.status, statusText: response.statusText, ...(contentType ? { contentType } : {}) };
  if (contentType?.toLowerCase().startsWith('text/event-stream') && response.body) {
    // The stream may stay open while the server works (progress, its own requests): read it in the background.
    void readEventStream(response.body, receive).catch((error: unknown) => {
      tap({ kind: 'transport', event: { type: 'error', message: `The raw POST's event stream failed: ${String(error)}` } });
    });
    return reply;
  }
  const body = await response.text();
  const json = parseJson(body);
  if (json !== undefined) {
    receive(json, Buffer.byteLength(body));
    return reply;
  }
  return body.length === 0 ? reply : { ...reply, body: body.length > BODY_LIMIT ? `${body.slice(0, BODY_LIMIT)}…` : body };
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function parseOrText(text: string): unknown {
  return parseJson(text) ?? text;
}

/** Reads `text/event-stream` events and hands the JSON in each event's data to `receive`. */
export async function readEventStream(body: ReadableStream<Uint8Array>, receive: Receive): Promise<void> {
  const decoder = new TextDecoder();
  let buffer = '';
  const flush = (block: string) => {
    const data = block
      .split(/\r?\n/)
      .filter((line) => line.startsWith('data:'))
      .map((line) => line.slice(line.startsWith('data: ') ? 6 : 5))
      .join('\n');
    const value = parseJson(data);
    if (value !== undefined) receive(value, Buffer.byteLength(data));
  };
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    let end: RegExpExecArray | null;
    while ((end = /\r?\n\r?\n/.exec(buffer))) {
      flush(buffer.slice(0, end.index));
      buffer = buffer.slice(end.index + end[0].length);
    }
  }
  if (buffer.trim()) flush(buffer);
}
