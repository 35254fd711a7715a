// A recorded session as OTLP/JSON traces (an ExportTraceServiceRequest, what a collector takes on
// POST /v1/traces): one trace per recorded connection, one span per request from the request to what
// settled it, one per notification tied to no request. Requests the inspector sent are CLIENT spans;
// the server's requests (sampling, elicitation, roots) are SERVER spans: this side received them.
// The encoding is the one @opentelemetry/otlp-transformer's JsonTraceSerializer writes (hex ids,
// nanosecond times as strings, integer kinds), and otlpTraces.test.ts checks it against that library.
// Ids are derived, not random, so one session always exports to the same bytes:
//   traceId = the first 16 bytes of SHA-256("<createdAt> <connection id>"),
//   spanId = the first 8 bytes of SHA-256("<traceId> <seq>.<n>") (n: the message's place in a batch).
import type { RecordedEvent } from '../recordedEvent';
import { exportedConnections, type ExportOptions, type ExportSource } from './exportedConnections';
import { mcpExchanges, type McpExchange } from './mcpExchanges';
import { connectionAttributes, exchangeAttributes, noteAttributes, spanName, spanStatus, type SpanAttributes } from './mcpSpanAttributes';

/** OTLP `AnyValue`, as the JSON encoding writes the values we use. */
export type OtlpAnyValue = { stringValue: string } | { intValue: number } | { doubleValue: number } | { boolValue: boolean };
export interface OtlpKeyValue {
  key: string;
  value: OtlpAnyValue;
}
export interface OtlpSpanEvent {
  attributes: OtlpKeyValue[];
  name: string;
  timeUnixNano: string;
  droppedAttributesCount: number;
}
export interface OtlpSpan {
  traceId: string;
  spanId: string;
  name: string;
  /** SPAN_KIND_SERVER 2, SPAN_KIND_CLIENT 3. */
  kind: number;
  startTimeUnixNano: string;
  endTimeUnixNano: string;
  attributes: OtlpKeyValue[];
  droppedAttributesCount: number;
  events: OtlpSpanEvent[];
  droppedEventsCount: number;
  status: { code: number; message?: string };
  links: never[];
  droppedLinksCount: number;
  /** W3C trace flags (sampled) with the OTLP "has is-remote" bit: 0x101. */
  flags: number;
}
/** An OTLP ExportTraceServiceRequest. */
export interface OtlpTraceRequest {
  resourceSpans: {
    resource: { attributes: OtlpKeyValue[]; droppedAttributesCount: number };
    scopeSpans: { scope: { name: string; version: string }; spans: OtlpSpan[] }[];
  }[];
}

export const SPAN_KIND_SERVER = 2;
export const SPAN_KIND_CLIENT = 3;
const SAMPLED_ROOT_FLAGS = 0x101;

/** `AnyValue` as the OTLP JSON encoding writes it: integers as `intValue`, other numbers as `doubleValue`. */
function anyValue(value: string | number | boolean): OtlpAnyValue {
  if (typeof value === 'string') return { stringValue: value };
  if (typeof value === 'boolean') return { boolValue: value };
  return Number.isInteger(value) ? { intValue: value } : { doubleValue: value };
}

function keyValues(attributes: SpanAttributes): OtlpKeyValue[] {
  return Object.entries(attributes).map(([key, value]) => ({ key, value: anyValue(value) }));
}

/** Unix milliseconds as the unix nanoseconds string OTLP/JSON carries. */
export function unixNanos(ms: number): string {
  return (BigInt(Math.round(ms * 1000)) * 1000n).toString();
}

async function hexDigest(text: string, bytes: number): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return [...digest.subarray(0, bytes)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The session id the server gave (Mcp-Session-Id) in force when an exchange ended, if any. */
function sessionIdAt(events: readonly RecordedEvent[]): (time: number) => string | undefined {
  const given = events.flatMap((event) => (event.kind === 'transport' && event.event.type === 'http' && event.event.sessionId !== undefined ? [{ time: event.time, id: event.event.sessionId }] : []));
  return (time) => given.findLast((one) => one.time <= time)?.id;
}

function exchangeSpan(exchange: McpExchange, traceId: string, spanId: string, shared: SpanAttributes, sessionId: string | undefined): OtlpSpan {
  const attributes = { ...exchangeAttributes(exchange), ...(sessionId === undefined ? {} : { 'mcp.session.id': sessionId }), ...shared };
  return {
    traceId,
    spanId,
    name: spanName(exchange),
    kind: exchange.direction === 'outgoing' ? SPAN_KIND_CLIENT : SPAN_KIND_SERVER,
    startTimeUnixNano: unixNanos(exchange.startTime),
    endTimeUnixNano: unixNanos(exchange.endTime),
    attributes: keyValues(attributes),
    droppedAttributesCount: 0,
    events: exchange.notes.map((note) => ({ attributes: keyValues(noteAttributes(note)), name: note.name, timeUnixNano: unixNanos(note.time), droppedAttributesCount: 0 })),
    droppedEventsCount: 0,
    status: spanStatus(exchange),
    links: [],
    droppedLinksCount: 0,
    flags: SAMPLED_ROOT_FLAGS,
  };
}

/** The session's exchanges as one OTLP/JSON trace request (see the module comment for the ids). */
export async function otlpTraces(source: ExportSource, options: ExportOptions = {}): Promise<OtlpTraceRequest> {
  const { header } = source;
  const spans: OtlpSpan[] = [];
  for (const connection of exportedConnections(source, options)) {
    const traceId = await hexDigest(`${header.createdAt} ${connection.id}`, 16);
    const shared = connectionAttributes(connection.id, connection.summary);
    const sessionId = sessionIdAt(connection.events);
    // A batch is one recorded message: its requests share a seq and are told apart by their place in it.
    const perSeq = new Map<number, number>();
    for (const exchange of mcpExchanges(connection.events)) {
      const place = perSeq.get(exchange.startSeq) ?? 0;
      perSeq.set(exchange.startSeq, place + 1);
      const spanId = await hexDigest(`${traceId} ${exchange.startSeq}.${place}`, 8);
      spans.push(exchangeSpan(exchange, traceId, spanId, shared, sessionId(exchange.endTime)));
    }
  }
  const resource = { 'service.name': 'mcp-inspect', 'service.version': header.inspectorVersion };
  return {
    resourceSpans: [{ resource: { attributes: keyValues(resource), droppedAttributesCount: 0 }, scopeSpans: [{ scope: { name: 'mcp-inspect', version: header.inspectorVersion }, spans }] }],
  };
}
