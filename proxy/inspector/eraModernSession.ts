// What a modern (2026-07-28) connection does differently from the requests the UI sends as it would
// on a legacy one: a resource subscription is a `subscriptions/listen` stream (there is no
// `resources/subscribe`), and the log level travels in each request's `_meta` (there is no
// `logging/setLevel`). The stream states are connection state the UI shows. Over Streamable HTTP a
// `tools/call` mirrors the tool's `x-mcp-header` arguments as headers, and a tool whose declarations
// are invalid is not called (SEP-2243); the tools are learned from the `tools/list` answers seen.
import { LOG_LEVEL_META_KEY, type Client, type McpSubscription } from '@modelcontextprotocol/client';
import type { ListenStream } from '../../shared/connectionTypes';
import type { RequestOutcome } from '../../shared/inspectorProtocol';
import { readEnvelope } from '../../shared/jsonrpc';
import type { RecordedEvent } from '../../shared/recordedEvent';
import { toMcpError } from './requestOutcome';
import { paramHeaders, scanHeaderDeclarations, type HeaderScan } from './toolParamHeaders';

const SUBSCRIPTION_ID_KEY = 'io.modelcontextprotocol/subscriptionId';

interface Stream {
  view: ListenStream;
  subscription?: McpSubscription;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export class ModernSession {
  private logLevel: string | undefined;
  private readonly streams: Stream[] = [];
  /** The ids of the `tools/list` requests sent, whose answers say which tools declare headers. */
  private readonly toolListIds = new Set<unknown>();
  private readonly toolHeaders = new Map<string, HeaderScan>();

  /** `changed` is called whenever a stream's state or event count changed; `overHttp`: per-request headers exist. */
  constructor(
    private readonly client: Pick<Client, 'listen'>,
    private readonly changed: () => void,
    private readonly overHttp = false,
  ) {}

  /** The streams as the UI shows them. */
  listens(): ListenStream[] {
    return this.streams.map((stream) => ({ ...stream.view }));
  }

  /** Answers the requests that have another form in this era; undefined for the rest (sent as they are). */
  intercept(method: string, params: Record<string, unknown> | undefined): Promise<RequestOutcome> | undefined {
    const uri = typeof params?.uri === 'string' ? params.uri : undefined;
    if (method === 'resources/subscribe' && uri !== undefined) return this.timed(() => this.listen(uri));
    if (method === 'resources/unsubscribe' && uri !== undefined) return this.timed(() => this.unlisten(uri));
    if (method === 'logging/setLevel' && typeof params?.level === 'string') {
      this.logLevel = params.level;
      return Promise.resolve({ ok: true, result: { logLevel: params.level, appliedAs: `_meta["${LOG_LEVEL_META_KEY}"]` }, durationMs: 0 });
    }
    const scan = this.headerScan(method, params);
    if (scan?.valid === false) {
      const message = `Not sent: tool '${String(params?.name)}' has an invalid x-mcp-header declaration (${scan.reason}); a 2026-07-28 client must not call it over HTTP (SEP-2243)`;
      return Promise.resolve({ ok: false, error: { code: -32602, message }, durationMs: 0 });
    }
    return undefined;
  }

  /** The `Mcp-Param-*` headers a `tools/call` carries over HTTP; undefined when there are none. */
  requestHeaders(method: string, params: Record<string, unknown> | undefined): Record<string, string> | undefined {
    const scan = this.headerScan(method, params);
    if (!scan?.valid) return undefined;
    const headers = paramHeaders(scan.declarations, params?.arguments);
    return Object.keys(headers).length === 0 ? undefined : headers;
  }

  private headerScan(method: string, params: Record<string, unknown> | undefined): HeaderScan | undefined {
    return this.overHttp && method === 'tools/call' && typeof params?.name === 'string' ? this.toolHeaders.get(params.name) : undefined;
  }

  /** Reads the tools of a `tools/list` answer for their header declarations. */
  private learnTools(result: unknown): void {
    const tools = asRecord(result).tools;
    if (!Array.isArray(tools)) return;
    for (const tool of tools.map(asRecord)) if (typeof tool.name === 'string') this.toolHeaders.set(tool.name, scanHeaderDeclarations(tool.inputSchema));
  }

  /** The request's params with the chosen log level in `_meta` (a level the UI put there itself wins). */
  withLogLevel(params: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
    if (this.logLevel === undefined) return params;
    const meta = asRecord(params?._meta);
    return { ...params, _meta: { [LOG_LEVEL_META_KEY]: this.logLevel, ...meta } };
  }

  /** Feed every recorded event of the attempt: names the streams' ids and counts their notifications. */
  observe(event: RecordedEvent): void {
    if (event.kind !== 'message') return;
    const envelope = readEnvelope(event.message);
    const params = asRecord(asRecord(event.message).params);
    if (event.direction === 'outgoing' && envelope.kind === 'request' && envelope.method === 'tools/list') this.toolListIds.add(envelope.id);
    if (event.direction === 'incoming' && envelope.kind === 'response' && this.toolListIds.delete(envelope.id)) this.learnTools(asRecord(event.message).result);
    if (event.direction === 'outgoing' && envelope.kind === 'request' && envelope.method === 'subscriptions/listen') {
      const uris = asRecord(params.notifications).resourceSubscriptions;
      const stream = this.streams.find((s) => s.view.state === 'opening' && s.view.subscriptionId === '' && Array.isArray(uris) && uris.includes(s.view.uri));
      if (stream) stream.view.subscriptionId = String(envelope.id);
      return;
    }
    // The acknowledgement opens the stream; the events are what follows it.
    if (event.direction !== 'incoming' || envelope.kind !== 'notification' || envelope.method === 'notifications/subscriptions/acknowledged') return;
    const subscriptionId = asRecord(params._meta)[SUBSCRIPTION_ID_KEY];
    const stream = this.streams.find((s) => s.view.subscriptionId !== '' && s.view.subscriptionId === subscriptionId);
    if (!stream) return;
    stream.view.eventsReceived++;
    this.changed();
  }

  /** Ends every open stream (the connection is closing). */
  async closeAll(): Promise<void> {
    await Promise.all(this.streams.map((stream) => stream.subscription?.close().catch(() => undefined)));
  }

  private async listen(uri: string): Promise<unknown> {
    const current = this.current(uri);
    if (current && (current.view.state === 'open' || current.view.state === 'opening')) return { subscriptionId: current.view.subscriptionId };
    const stream: Stream = { view: { subscriptionId: '', uri, state: 'opening', eventsReceived: 0 } };
    this.streams.push(stream);
    this.changed();
    try {
      stream.subscription = await this.client.listen({ resourceSubscriptions: [uri] });
    } catch (error) {
      this.settle(stream, 'error', toMcpError(error).message);
      throw error;
    }
    stream.view.state = 'open';
    this.changed();
    void stream.subscription.closed.then((how) => {
      if (how === 'local') this.settle(stream, 'closed', 'Closed by the inspector');
      else if (how === 'graceful') this.settle(stream, 'closed', 'The server ended the stream');
      else this.settle(stream, 'error', 'The stream dropped without the server ending it');
    });
    return { subscriptionId: stream.view.subscriptionId, honoredFilter: stream.subscription.honoredFilter };
  }

  private async unlisten(uri: string): Promise<unknown> {
    const current = this.current(uri);
    await current?.subscription?.close();
    return {};
  }

  private current(uri: string): Stream | undefined {
    return this.streams.findLast((stream) => stream.view.uri === uri);
  }

  private settle(stream: Stream, state: 'closed' | 'error', detail: string): void {
    if (stream.view.state === 'closed' || stream.view.state === 'error') return;
    stream.view.state = state;
    stream.view.detail = detail;
    this.changed();
  }

  private async timed(run: () => Promise<unknown>): Promise<RequestOutcome> {
    const started = performance.now();
    const durationMs = () => Math.round((performance.now() - started) * 10) / 10;
    try {
      return { ok: true, result: await run(), durationMs: durationMs() };
    } catch (error) {
      return { ok: false, error: toMcpError(error), durationMs: durationMs() };
    }
  }
}
