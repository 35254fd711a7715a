// The HTTP exchanges of a recorded session as a HAR 1.2 log (http://www.softwareishard.com/blog/har-12-spec/),
// for the browser devtools and HAR viewers. Each `http` transport event the proxy recorded is one entry,
// its headers and bodies exactly as the session file holds them: credentials were masked before the
// file was written, and nothing here unmasks them. The proxy times an exchange up to its response
// headers (an event stream stays open), so that time is `wait`; the MCP messages an exchange carried are
// the session's messages (see the JSONL export), not recorded with the exchange.
import type { TransportEvent } from '../recordedEvent';
import { ExportError, exportedConnections, type ExportOptions, type ExportSource } from './exportedConnections';

type HttpEvent = Extract<TransportEvent, { type: 'http' }>;

export interface HarHeader {
  name: string;
  value: string;
}
export interface HarEntry {
  startedDateTime: string;
  time: number;
  request: {
    method: string;
    url: string;
    httpVersion: string;
    cookies: never[];
    headers: HarHeader[];
    queryString: HarHeader[];
    postData?: { mimeType: string; text: string };
    headersSize: number;
    bodySize: number;
  };
  response: {
    status: number;
    statusText: string;
    httpVersion: string;
    cookies: never[];
    headers: HarHeader[];
    content: { size: number; mimeType: string; text?: string };
    redirectURL: string;
    headersSize: number;
    bodySize: number;
  };
  cache: Record<string, never>;
  timings: { send: number; wait: number; receive: number };
  /** The recorded connection (a HAR custom field: they start with an underscore). */
  _connectionId: string;
  /** The exchange's seq in the session file. */
  _seq: number;
}
export interface HarDocument {
  log: { version: '1.2'; creator: { name: string; version: string }; entries: HarEntry[]; comment: string };
}

const headerList = (headers: Record<string, string> | undefined): HarHeader[] => Object.entries(headers ?? {}).map(([name, value]) => ({ name, value }));

function queryString(url: string): HarHeader[] {
  try {
    return [...new URL(url).searchParams].map(([name, value]) => ({ name, value }));
  } catch {
    return [];
  }
}

const byteLength = (text: string): number => new TextEncoder().encode(text).length;

function harEntry(event: HttpEvent, time: number, seq: number, connectionId: string): HarEntry {
  const requestType = event.requestHeaders?.['content-type'] ?? '';
  const responseType = event.responseHeaders?.['content-type'] ?? '';
  const { requestBody, responseBody } = event;
  return {
    startedDateTime: new Date(time - event.durationMs).toISOString(),
    time: event.durationMs,
    request: {
      method: event.method,
      url: event.url,
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: headerList(event.requestHeaders),
      queryString: queryString(event.url),
      ...(requestBody === undefined ? {} : { postData: { mimeType: requestType, text: requestBody } }),
      headersSize: -1,
      bodySize: requestBody === undefined ? -1 : byteLength(requestBody),
    },
    response: {
      status: event.status,
      statusText: '',
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: headerList(event.responseHeaders),
      content: responseBody === undefined ? { size: 0, mimeType: responseType } : { size: byteLength(responseBody), mimeType: responseType, text: responseBody },
      redirectURL: event.responseHeaders?.location ?? '',
      headersSize: -1,
      bodySize: responseBody === undefined ? -1 : byteLength(responseBody),
    },
    cache: {},
    timings: { send: 0, wait: event.durationMs, receive: 0 },
    _connectionId: connectionId,
    _seq: seq,
  };
}

/** The session's HTTP exchanges as HAR 1.2. Throws `ExportError` when no connection spoke HTTP. */
export function harLog(source: ExportSource, options: ExportOptions = {}): HarDocument {
  const connections = exportedConnections(source, options);
  const entries: HarEntry[] = [];
  let http = false;
  for (const connection of connections) {
    if (connection.summary !== undefined && connection.summary.target.transport !== 'stdio') http = true;
    for (const event of connection.events) {
      if (event.kind !== 'transport' || event.event.type !== 'http') continue;
      http = true;
      entries.push(harEntry(event.event, event.time, event.seq, connection.id));
    }
  }
  if (!http) {
    const which = options.connectionId === undefined ? "this session's connections are" : `connection ${options.connectionId} is`;
    throw new ExportError(`HAR holds HTTP exchanges; ${which} stdio. Export OTLP or JSONL instead.`);
  }
  entries.sort((a, b) => a._seq - b._seq);
  return {
    log: {
      version: '1.2',
      creator: { name: 'mcp-inspect', version: source.header.inspectorVersion },
      entries,
      comment: `Recorded by mcp-inspect ${source.header.inspectorVersion} from ${source.header.createdAt}; credentials masked when recorded. Timings end at the response headers; the MCP messages are in the session's messages.`,
    },
  };
}
