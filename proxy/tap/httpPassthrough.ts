// The HTTP half of `mcp-inspect tap`: a reverse proxy on loopback for a host configured with a URL.
// Each request the host sends to http://127.0.0.1:PORT/<path> goes to the same path on the server's
// origin, with its method, headers (Mcp-Session-Id, Authorization, Last-Event-ID…) and body; the
// answer comes back with its status, headers and body as they are, streams (SSE) as they flow. One
// change: Accept-Encoding is not forwarded, so the server answers uncompressed and the tap can read
// what passes. What crosses is reported: each exchange as an `http` event (credentials masked), each
// JSON-RPC message in a request body as `outgoing`, each in a JSON answer or an SSE event as `incoming`.
import http, { type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Readable } from 'node:stream';
import { createParser } from 'eventsource-parser';
import type { RemoteTarget } from '../../shared/connectionTypes';
import type { LoopbackAddress } from '../../shared/options/loopbackAddress';
import type { UnstampedEvent } from '../../shared/recordedEvent';
import { maskHeaders, redactUrl } from '../../shared/session/redaction';
import type { FaultRule } from '../../shared/faults/faultRule';
import { describeError } from '../upstream/describeError';
import { HttpTapFaults } from './httpFaults';

/** Headers that belong to one hop, not to the exchange (RFC 9110 §7.6.1), and Host, which names the hop. */
const HOP_HEADERS = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'host', 'accept-encoding']);
/** A JSON body bigger than this is passed on but not shown. */
const MAX_SHOWN_BODY_BYTES = 64 * 1024 * 1024;

export type Report = (event: UnstampedEvent) => void;

export interface HttpPassthroughOptions {
  target: RemoteTarget;
  listen: LoopbackAddress;
  report: (event: UnstampedEvent) => void;
  warn: (message: string) => void;
}

export interface HttpPassthrough {
  /** What the host is to connect to instead of the server's URL. */
  url: string;
  /** Replaces the fault rules acting on what passes (httpFaults.ts). */
  setFaults(rules: readonly FaultRule[]): void;
  close(): Promise<void>;
}

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

export async function startHttpPassthrough(options: HttpPassthroughOptions): Promise<HttpPassthrough | { error: string }> {
  const upstream = new URL(options.target.url);
  const { report } = options;
  const loopbackHosts = (port: number) => new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  let hosts = new Set<string>();
  const faults = new HttpTapFaults(upstream, report);

  const server = http.createServer((request, response) => {
    // A page reached through DNS rebinding names another host: it is not the host's client.
    if (!hosts.has(request.headers.host?.toLowerCase() ?? '')) {
      response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Forbidden: this tap answers to its loopback address only.\n');
      return;
    }
    faults.handle(request, response);
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.listen.port, options.listen.host, () => resolve());
    });
  } catch (error) {
    return { error: `Could not listen on ${options.listen.host}:${options.listen.port}: ${describeError(error)}` };
  }
  const port = (server.address() as AddressInfo).port;
  hosts = loopbackHosts(port);
  const host = options.listen.host.includes(':') ? `[${options.listen.host}]` : options.listen.host;
  report({ kind: 'transport', event: { type: 'connecting', transport: 'streamable-http' } });
  return {
    url: `http://${host}:${port}${upstream.pathname}${upstream.search}`,
    setFaults: (rules) => faults.setRules(rules),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
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
  const requestChunks: Buffer[] = [];
  let requestBytes = 0;
  request.on('data', (chunk: Buffer) => {
    requestBytes += chunk.length;
    if (requestBytes <= MAX_SHOWN_BODY_BYTES) requestChunks.push(chunk);
  });
  request.on('end', () => {
    if (requestBytes <= MAX_SHOWN_BODY_BYTES) reportRequestBody(report, Buffer.concat(requestChunks));
  });
  request.pipe(outgoing);
}

/** Reports the JSON-RPC messages of a request body the host sent. */
export function reportRequestBody(report: Report, body: Buffer): void {
  for (const message of messagesOf(body.toString('utf8'))) report({ kind: 'message', direction: 'outgoing', message, size: Buffer.byteLength(JSON.stringify(message)) });
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
  if (!/json/i.test(type)) return;
  const chunks: Buffer[] = [];
  let bytes = 0;
  answer.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
    if (bytes <= MAX_SHOWN_BODY_BYTES) chunks.push(chunk);
  });
  answer.on('end', () => {
    if (bytes > MAX_SHOWN_BODY_BYTES) return;
    const text = Buffer.concat(chunks).toString('utf8');
    for (const message of messagesOf(text)) report({ kind: 'message', direction: 'incoming', message, size: Buffer.byteLength(JSON.stringify(message)) });
  });
}
