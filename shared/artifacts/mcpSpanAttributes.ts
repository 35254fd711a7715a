// The span name, attributes and status of one MCP exchange, after the OpenTelemetry semantic
// conventions for MCP (https://opentelemetry.io/docs/specs/semconv/gen-ai/mcp/, status Development):
// `mcp.method.name`, `jsonrpc.request.id`, `gen_ai.tool.name`, `gen_ai.prompt.name`, `mcp.resource.uri`,
// `error.type`, `rpc.response.status_code`, `network.transport`, … Our own facts (which recorded
// connection, which seq of the log) are under `mcp_inspect.`, as the conventions ask of custom names.
import type { ConnectionSummary } from '../connectionTypes';
import type { ExchangeNote, McpExchange } from './mcpExchanges';

/** Attribute values as the OTel API takes them (and as our OTLP encoder writes them). */
export type SpanAttributes = Record<string, string | number | boolean>;

/** OTLP `Status.code`: UNSET 0, OK 1, ERROR 2. */
export const STATUS_ERROR = 2;

/** What every span of one connection shares: how it was reached and what the handshake said. */
export function connectionAttributes(connectionId: string, summary: ConnectionSummary | undefined): SpanAttributes {
  const attributes: SpanAttributes = { 'mcp_inspect.connection.id': connectionId };
  const target = summary?.target;
  if (target !== undefined) {
    // The conventions: `pipe` for stdio, `tcp` for HTTP.
    attributes['network.transport'] = target.transport === 'stdio' ? 'pipe' : 'tcp';
    if ('url' in target) {
      attributes['network.protocol.name'] = 'http';
      try {
        const url = new URL(target.url);
        attributes['server.address'] = url.hostname.replace(/^\[|\]$/g, '');
        attributes['server.port'] = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
      } catch {
        // A URL that does not parse was refused before connecting; the recorded target says so as it is.
      }
    }
  }
  const version = summary?.handshake?.protocolVersion;
  if (version !== undefined) attributes['mcp.protocol.version'] = version;
  return attributes;
}

const stringParam = (exchange: McpExchange, name: string): string | undefined => {
  const value = exchange.params?.[name];
  return typeof value === 'string' ? value : undefined;
};

const RESOURCE_METHODS = new Set(['resources/read', 'resources/subscribe', 'resources/unsubscribe', 'notifications/resources/updated']);

/** `{mcp.method.name} {target}`, the target being the tool or prompt (a URI would be high-cardinality). */
export function spanName(exchange: McpExchange): string {
  const target = exchange.method === 'tools/call' || exchange.method === 'prompts/get' ? stringParam(exchange, 'name') : undefined;
  return target === undefined ? exchange.method : `${exchange.method} ${target}`;
}

function isToolError(exchange: McpExchange): boolean {
  const { outcome } = exchange;
  return exchange.method === 'tools/call' && outcome.kind === 'result' && typeof outcome.result === 'object' && outcome.result !== null && (outcome.result as { isError?: unknown }).isError === true;
}

/** The exchange's own attributes (the connection's are added by the caller). */
export function exchangeAttributes(exchange: McpExchange): SpanAttributes {
  const attributes: SpanAttributes = { 'mcp.method.name': exchange.method };
  if (exchange.id !== undefined) attributes['jsonrpc.request.id'] = String(exchange.id);
  if (typeof exchange.jsonrpc === 'string' && exchange.jsonrpc !== '2.0') attributes['jsonrpc.protocol.version'] = exchange.jsonrpc;
  const name = stringParam(exchange, 'name');
  if (exchange.method === 'tools/call' && name !== undefined) {
    attributes['gen_ai.tool.name'] = name;
    attributes['gen_ai.operation.name'] = 'execute_tool';
  }
  if (exchange.method === 'prompts/get' && name !== undefined) attributes['gen_ai.prompt.name'] = name;
  const uri = stringParam(exchange, 'uri');
  if (RESOURCE_METHODS.has(exchange.method) && uri !== undefined) attributes['mcp.resource.uri'] = uri;
  const { outcome } = exchange;
  if (outcome.kind === 'error') {
    const code = outcome.code === undefined ? 'invalid_error' : String(outcome.code);
    attributes['error.type'] = code;
    if (outcome.code !== undefined) attributes['rpc.response.status_code'] = code;
  } else if (isToolError(exchange)) attributes['error.type'] = 'tool_error';
  else if (outcome.kind === 'cancelled') attributes['error.type'] = 'cancelled';
  else if (outcome.kind === 'unanswered') attributes['error.type'] = 'no_response';
  attributes['mcp_inspect.seq'] = exchange.startSeq;
  return attributes;
}

/** ERROR whenever `error.type` is set (as the conventions say), with the JSON-RPC error's message. */
export function spanStatus(exchange: McpExchange): { code: number; message?: string } {
  const { outcome } = exchange;
  switch (outcome.kind) {
    case 'error':
      return outcome.message === undefined ? { code: STATUS_ERROR } : { code: STATUS_ERROR, message: outcome.message };
    case 'cancelled':
      return { code: STATUS_ERROR, message: outcome.reason === undefined ? 'Cancelled' : `Cancelled: ${outcome.reason}` };
    case 'unanswered':
      return { code: STATUS_ERROR, message: 'No response was recorded' };
    default:
      return isToolError(exchange) ? { code: STATUS_ERROR, message: 'The tool reported an error (isError)' } : { code: 0 };
  }
}

/** A tied notification as a span event: its method, and what progress or cancellation said. */
export function noteAttributes(note: ExchangeNote): SpanAttributes {
  const attributes: SpanAttributes = note.name === 'duplicate response' ? {} : { 'mcp.method.name': note.name };
  const params = note.params ?? {};
  if (note.name === 'notifications/progress') {
    if (typeof params.progress === 'number') attributes['mcp_inspect.progress'] = params.progress;
    if (typeof params.total === 'number') attributes['mcp_inspect.progress.total'] = params.total;
    if (typeof params.message === 'string') attributes['mcp_inspect.progress.message'] = params.message;
  }
  if (note.name === 'notifications/cancelled' && typeof params.reason === 'string') attributes['mcp_inspect.cancel.reason'] = params.reason;
  attributes['mcp_inspect.seq'] = note.seq;
  return attributes;
}
