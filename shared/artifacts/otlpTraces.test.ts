// The OTLP export read by a real consumer: every span of our document is built again through the
// OpenTelemetry JS SDK (its tracer, with our ids, times, attributes, events and status) and serialised
// by @opentelemetry/otlp-transformer's JsonTraceSerializer, the encoder the OTLP/HTTP JSON exporter
// uses. The two documents must be equal: same field names, hex ids, nanosecond strings, integer kinds
// and value wrappers. The SDK's protobuf serialiser must also accept the spans (it decodes the hex ids).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SpanKind, SpanStatusCode, type Attributes, type AttributeValue } from '@opentelemetry/api';
import { JsonTraceSerializer, ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { InMemorySpanExporter, SimpleSpanProcessor, TracerProvider, type IdGenerator } from '@opentelemetry/sdk-trace';
import { describe, expect, it } from 'vitest';
import { readSession } from '../session';
import { otlpTraces, SPAN_KIND_CLIENT, type OtlpKeyValue, type OtlpTraceRequest } from './otlpTraces';

const asset = (name: string) => readSession(readFileSync(path.resolve('e2e/assets', name), 'utf8'));

function attributeValue(keyValue: OtlpKeyValue): AttributeValue {
  const value = keyValue.value as Record<string, AttributeValue>;
  const [kind] = Object.keys(value);
  return value[kind!]!;
}

const attributes = (list: OtlpKeyValue[]): Attributes => Object.fromEntries(list.map((keyValue) => [keyValue.key, attributeValue(keyValue)]));

/** An HrTime from a unix nanoseconds string, without going through a float. */
const hrTime = (nanos: string): [number, number] => [Number(BigInt(nanos) / 1_000_000_000n), Number(BigInt(nanos) % 1_000_000_000n)];

/** Our spans, made again by the SDK. */
async function throughSdk(document: OtlpTraceRequest) {
  const [resourceSpans] = document.resourceSpans;
  const [scopeSpans] = resourceSpans!.scopeSpans;
  let next = { traceId: '', spanId: '' };
  const idGenerator: IdGenerator = { generateTraceId: () => next.traceId, generateSpanId: () => next.spanId };
  const exporter = new InMemorySpanExporter();
  const provider = new TracerProvider({
    resource: resourceFromAttributes(attributes(resourceSpans!.resource.attributes)),
    idGenerator,
    spanProcessors: [new SimpleSpanProcessor({ exporter })],
    spanLimits: { eventCountLimit: 10_000 },
  });
  const tracer = provider.getTracer(scopeSpans!.scope.name, scopeSpans!.scope.version);
  for (const span of scopeSpans!.spans) {
    next = { traceId: span.traceId, spanId: span.spanId };
    const made = tracer.startSpan(span.name, { root: true, kind: span.kind - 1, startTime: hrTime(span.startTimeUnixNano), attributes: attributes(span.attributes) });
    for (const event of span.events) made.addEvent(event.name, attributes(event.attributes), hrTime(event.timeUnixNano));
    if (span.status.code !== SpanStatusCode.UNSET) made.setStatus({ code: span.status.code, ...(span.status.message === undefined ? {} : { message: span.status.message }) });
    made.end(hrTime(span.endTimeUnixNano));
  }
  await provider.forceFlush();
  return exporter.getFinishedSpans();
}

describe('OTLP traces, loaded by the OpenTelemetry SDK', () => {
  for (const name of ['everything.session.jsonl', 'everything-http.session.jsonl']) {
    it(`${name}: the SDK's JSON serialiser writes the same document`, async () => {
      const document = await otlpTraces(asset(name));
      const spans = await throughSdk(document);
      expect(spans.length).toBeGreaterThan(3);
      const serialised: unknown = JSON.parse(new TextDecoder().decode(JsonTraceSerializer.serializeRequest(spans)));
      expect(serialised).toEqual(JSON.parse(JSON.stringify(document)));
      expect(ProtobufTraceSerializer.serializeRequest(spans)?.length).toBeGreaterThan(100);
    });
  }

  it('a recorded tools/call is a CLIENT span named after the tool, with the MCP attributes', async () => {
    const document = await otlpTraces(asset('everything.session.jsonl'));
    const spans = document.resourceSpans[0]!.scopeSpans[0]!.spans;
    const call = spans.find((span) => span.name === 'tools/call get-sum');
    expect(call).toBeDefined();
    expect(call!.kind).toBe(SPAN_KIND_CLIENT);
    expect(call!.kind - 1).toBe(SpanKind.CLIENT);
    expect(attributes(call!.attributes)).toMatchObject({
      'mcp.method.name': 'tools/call',
      'gen_ai.tool.name': 'get-sum',
      'gen_ai.operation.name': 'execute_tool',
      'jsonrpc.request.id': '2',
      'network.transport': 'pipe',
      'mcp.protocol.version': '2025-11-25',
    });
    expect(call!.status).toEqual({ code: SpanStatusCode.UNSET });
    // From the request (seq 10, 46.633 s) to its response (seq 11, 46.667 s).
    expect([call!.startTimeUnixNano, call!.endTimeUnixNano]).toEqual(['1795437046633000000', '1795437046667000000']);
    expect(new Set(spans.map((span) => span.traceId)).size).toBe(1);
    expect(new Set(spans.map((span) => span.spanId)).size).toBe(spans.length);
  });

  it('an HTTP session carries the transport, the server address and the MCP session id', async () => {
    const spans = (await otlpTraces(asset('everything-http.session.jsonl'))).resourceSpans[0]!.scopeSpans[0]!.spans;
    const call = attributes(spans.find((span) => span.name === 'tools/call get-sum')!.attributes);
    expect(call).toMatchObject({ 'network.transport': 'tcp', 'network.protocol.name': 'http', 'server.address': '127.0.0.1', 'mcp.session.id': expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(call['server.port']).toEqual(expect.any(Number));
  });
});
