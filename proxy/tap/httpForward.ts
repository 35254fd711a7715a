// One request of the host sent on to the server and the server's answer back, reported on the way:
// the exchange as an `http` event (credentials masked), the messages of the request body as
// `outgoing`, those of a JSON answer or of each SSE event as `incoming`. Shared by the tap's reverse
// proxy (httpPassthrough.ts) and its faults (httpFaults.ts), which may hand it a body it already read.
import http, { type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import { createParser } from 'eventsource-parser';
import type { Direction, UnstampedEvent } from '../../shared/recordedEvent';
import { maskHeaders, redactUrl } from '../../shared/session/redaction';
import { describeError } from '../upstream/describeError';

/** Headers that belong to one hop, not to the exchange (RFC 9110 §7.6.1), and Host, which names the hop. */
const HOP_HEADERS = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'host', 'accept-encoding']);
/** A JSON body bigger than this is passed on but not shown. */
const MAX_SHOWN_BODY_BYTES = 64 * 1024 * 1024;

export type Report = (event: UnstampedEvent) => void;

function forwardedHeaders(headers: IncomingHttpHeaders | http.IncomingHttpHeaders, drop: Set<string>): OutgoingHttpHeaders {
  const kept: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !drop.has(name)) kept[name] = value;
  return kept;
}

function flatHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  return flat;
}

/** The JSON-RPC messages of a body: one message, or a batch of them. */
export function messagesOf(text: string): unknown[] {
  if (text.trim() === '') return [];
  try {
    const parsed = JSON.parse(text) as unknown;
    return Array.isArray(parsed) ? parsed : [parsed];
  } catch {
    return [];
  }
}

/** How one request is sent on: its body already read (faults on), what to do with the answer. */
export interface Sending {
  /** The body to send instead of the request's own stream (read whole by the fault stage). */
  body?: Buffer;
  /** Its messages were already reported (so a fault event can follow them). */
  reported?: boolean;
  /** The answer is read and dropped: the host gets none (`timeout`), or already has one (`duplicate`). */
  discardAnswer?: boolean;
  /** Passes the server's answer stream through this before the host (`close-stream`). */
  transformAnswer?: (answer: Readable, type: string) => Readable;
}

/** Sends one request of the host on to the server, and the server's answer back, reporting both. */
export function forward(upstream: URL, report: Report, request: IncomingMessage, response: ServerResponse, sending: Sending = {}): void {
  const method = request.method ?? 'GET';
  const url = new URL(request.url ?? '/', upstream.origin);
  const shownUrl = redactUrl(url.toString());
  const started = performance.now();
  const client = url.protocol === 'https:' ? https : http;
  const headers = forwardedHeaders(request.headers, HOP_HEADERS);
  if (sending.body !== undefined) headers['content-length'] = String(sending.body.length);
  const outgoing = client.request(url, { method, headers }, (answer) => {
    const status = answer.statusCode ?? 502;
    const sessionId = answer.headers['mcp-session-id'];
    report({
      kind: 'transport',
      event: {
        type: 'http',
        method,
        url: shownUrl,
        status,
        durationMs: Math.round(performance.now() - started),
        ...(typeof sessionId === 'string' ? { sessionId } : {}),
        requestHeaders: maskHeaders(flatHeaders(request.headers)),
        responseHeaders: maskHeaders(flatHeaders(answer.headers)),
      },
    });
    const type = answer.headers['content-type'] ?? '';
    const passed = sending.transformAnswer ? sending.transformAnswer(answer, type) : answer;
    readAnswer(report, passed, type);
    if (sending.discardAnswer) return void passed.resume();
    response.writeHead(status, answer.statusMessage, forwardedHeaders(answer.headers, HOP_HEADERS));
    // Streams go out as they come: no buffering between the server and the host.
    response.flushHeaders();
    passed.pipe(response);
  });
  outgoing.on('error', (error) => {
    report({ kind: 'transport', event: { type: 'error', message: `${method} ${shownUrl} failed: ${describeError(error)}` } });
    if (sending.discardAnswer) return;
    if (!response.headersSent) response.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`mcp-inspect tap: the server could not be reached (${describeError(error)})\n`);
    else response.destroy();
  });
  // The host closing its side (an SSE stream it no longer wants) ends the server's side too.
  if (!sending.discardAnswer) response.on('close', () => outgoing.destroy());
  if (sending.body !== undefined) {
    if (!sending.reported) reportRequestBody(report, sending.body);
    outgoing.end(sending.body);
    return;
  }
  whenShownWhole(request, (body) => reportRequestBody(report, body));
  request.pipe(outgoing);
}

/** Reports the JSON-RPC messages of a request body the host sent. */
export function reportRequestBody(report: Report, body: Buffer): void {
  reportMessages(report, 'outgoing', body.toString('utf8'));
}

function reportMessages(report: Report, direction: Direction, text: string): void {
  for (const message of messagesOf(text)) report({ kind: 'message', direction, message, size: Buffer.byteLength(JSON.stringify(message)) });
}

/** Calls `onBody` with the whole body once the stream ends, unless it is too big to be shown. */
function whenShownWhole(stream: Readable, onBody: (body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  let bytes = 0;
  stream.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
    if (bytes <= MAX_SHOWN_BODY_BYTES) chunks.push(chunk);
  });
  stream.on('end', () => {
    if (bytes <= MAX_SHOWN_BODY_BYTES) onBody(Buffer.concat(chunks));
  });
}

/** Reports the messages of an answer as it passes: a JSON body once whole, an SSE stream event by event. */
function readAnswer(report: Report, answer: Readable, type: string): void {
  if (/text\/event-stream/i.test(type)) {
    const parser = createParser({
      onEvent: (event) => {
        for (const message of messagesOf(event.data)) report({ kind: 'message', direction: 'incoming', message, size: Buffer.byteLength(event.data) });
      },
    });
    answer.setEncoding('utf8');
    answer.on('data', (chunk: string) => parser.feed(chunk));
    return;
  }
  if (/json/i.test(type)) whenShownWhole(answer, (body) => reportMessages(report, 'incoming', body.toString('utf8')));
}
