// The live connection to the proxy: one WebSocket speaking the shared protocol. Implements
// InspectorApi (requests correlated by envelope id), validates every frame (with the shared schemas,
// recorded events with an equivalent structural check),
// and re-opens and re-attaches with backoff when the proxy goes away.
import { z } from 'zod';
import {
  INSPECTOR_PROTOCOL_VERSION,
  ServerEnvelopeSchema,
  inspectorEvents,
  inspectorRequests,
  isInspectorEventName,
  withRecordedResult,
  type EventParams,
  type InspectorApi,
  type InspectorEventName,
  type InspectorEvents,
  type InspectorRequestMethod,
  type RequestParams,
  type RequestResult,
} from '../../../shared/inspectorProtocol';
import { AwaitedResults } from './awaitedResults';
import { Signal } from './keyedSignal';
import { checkRecordedEvents } from './recordedEventCheck';
import { ProxyRequestError, RequestCorrelator } from './requestCorrelator';

/** The subset of the browser WebSocket this class uses (a fake one in tests). */
export interface WebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

const OPEN = 1;

/** What the header shows about the link to the proxy. */
export type SocketStatus =
  | { phase: 'connecting' }
  | { phase: 'attached' }
  | { phase: 'reconnecting'; attempt: number; retryAt: number; reason: string }
  | { phase: 'incompatible'; reason: string };

export type AttachSnapshot = RequestResult<'attach'>;

export interface InspectorSocketOptions {
  url: () => string;
  createSocket?: (url: string) => WebSocketLike;
  /** For proxy requests other than `request` (whose limit follows its own `timeoutMs`). */
  requestTimeoutMs?: number;
}

/** Delay before the n-th reconnection attempt (1-based): 250 ms doubling up to 8 s. */
export function reconnectDelay(attempt: number): number {
  return Math.min(250 * 2 ** Math.max(0, attempt - 1), 8000);
}

/** The longest the page waits for the proxy's answer to an MCP request (a day: the proxy times requests out itself). */
const REQUEST_GUARD_MS = 24 * 60 * 60 * 1000;

type Listener = (params: never) => void;

export class InspectorSocket implements InspectorApi {
  private socket: WebSocketLike | undefined;
  private readonly correlator = new RequestCorrelator();
  private readonly awaitedResults = new AwaitedResults();
  private readonly listeners = new Map<InspectorEventName, Set<Listener>>();
  private readonly attachListeners = new Set<(snapshot: AttachSnapshot) => void>();
  private readonly statusSignal = new Signal();
  private status: SocketStatus = { phase: 'connecting' };
  private attached = false;
  private earlyEvents: { event: InspectorEventName; params: unknown }[] = [];
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private stopped = true;

  constructor(private readonly options: InspectorSocketOptions) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.open();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.socket?.close(1000, 'page closed');
    this.socket = undefined;
  }

  getStatus = (): SocketStatus => this.status;

  subscribeStatus = (listener: () => void): (() => void) => this.statusSignal.subscribe(listener);

  /** Called with every snapshot (on first attach and after each re-attach): it replaces all state. */
  onAttached(listener: (snapshot: AttachSnapshot) => void): () => void {
    this.attachListeners.add(listener);
    return () => this.attachListeners.delete(listener);
  }

  on<E extends InspectorEventName>(event: E, listener: InspectorEvents[E]): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener as Listener);
    return () => set.delete(listener as Listener);
  }

  attach(params: RequestParams<'attach'>) {
    return this.call('attach', params);
  }
  readEvents(params: RequestParams<'readEvents'>) {
    return this.call('readEvents', params);
  }
  connect(params: RequestParams<'connect'>) {
    return this.call('connect', params);
  }
  disconnect(params: RequestParams<'disconnect'>) {
    return this.call('disconnect', params);
  }
  reconnect(params: RequestParams<'reconnect'>) {
    return this.call('reconnect', params);
  }
  removeConnection(params: RequestParams<'removeConnection'>) {
    return this.call('removeConnection', params);
  }
  request(params: RequestParams<'request'>) {
    // The proxy enforces the MCP timeouts (which progress may extend); this only guards against a proxy
    // that stopped answering without closing the socket.
    this.awaitedResults.started();
    const answer = this.call('request', params, Math.max(params.timeoutMs ?? 0, REQUEST_GUARD_MS));
    void answer.then(this.requestEnded, this.requestEnded);
    return answer;
  }

  private readonly requestEnded = () => this.awaitedResults.ended();
  recordAppTraffic(params: RequestParams<'recordAppTraffic'>) {
    return this.call('recordAppTraffic', params);
  }
  cancelRequest(params: RequestParams<'cancelRequest'>) {
    return this.call('cancelRequest', params);
  }
  respond(params: RequestParams<'respond'>) {
    return this.call('respond', params);
  }
  setRoots(params: RequestParams<'setRoots'>) {
    return this.call('setRoots', params);
  }
  setFaults(params: RequestParams<'setFaults'>) {
    return this.call('setFaults', params);
  }
  sendRaw(params: RequestParams<'sendRaw'>) {
    return this.call('sendRaw', params);
  }
  replaySession(params: RequestParams<'replaySession'>) {
    // A replay sends every recorded request with its own timeout: give it as long as a request may take.
    return this.call('replaySession', params, REQUEST_GUARD_MS);
  }
  previewReplay(params: RequestParams<'previewReplay'>) {
    return this.call('previewReplay', params);
  }

  private call<M extends InspectorRequestMethod>(
    method: M,
    params: RequestParams<M>,
    timeoutMs = this.options.requestTimeoutMs ?? 30_000,
  ): Promise<RequestResult<M>> {
    const socket = this.socket;
    if (!socket || socket.readyState !== OPEN || (!this.attached && method !== 'attach')) {
      return Promise.reject(new ProxyRequestError('Not connected to the mcp-inspect proxy (it may be restarting)'));
    }
    const { id, result } = this.correlator.start(method, timeoutMs);
    try {
      socket.send(JSON.stringify({ id, method, params }));
    } catch (error) {
      this.correlator.fail(id, new ProxyRequestError(`Could not send ${method}: ${String(error)}`));
    }
    return result.then((answer) => {
      if (method === 'attach') return parseAttachResult(answer) as RequestResult<M>;
      const raw = method === 'request' ? this.withResult(answer) : answer;
      const parsed = inspectorRequests[method].result.safeParse(raw);
      if (!parsed.success) throw new ProxyRequestError(`Unexpected reply to ${method}: ${z.prettifyError(parsed.error)}`);
      return parsed.data as RequestResult<M>;
    });
  }

  /** A `request` answer with its result put back from the recorded response it names, if it names one. */
  private withResult(answer: unknown): unknown {
    try {
      return withRecordedResult(answer, (seq) => this.awaitedResults.take(seq));
    } catch (error) {
      throw new ProxyRequestError(error instanceof Error ? error.message : String(error));
    }
  }

  private open(): void {
    const create = this.options.createSocket ?? ((url: string) => new WebSocket(url) as unknown as WebSocketLike);
    let socket: WebSocketLike;
    try {
      socket = create(this.options.url());
    } catch (error) {
      this.scheduleRetry(String(error));
      return;
    }
    this.socket = socket;
    this.attached = false;
    socket.onopen = () => void this.attachNow(socket);
    socket.onmessage = (event) => this.receive(event.data);
    socket.onerror = () => {};
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      this.attached = false;
      this.correlator.failAll(new ProxyRequestError('The connection to the mcp-inspect proxy was lost'));
      if (!this.stopped && this.status.phase !== 'incompatible') {
        this.scheduleRetry(event.reason || (event.code === 1006 ? 'the proxy is unreachable' : `closed (${event.code})`));
      }
    };
  }

  private async attachNow(socket: WebSocketLike): Promise<void> {
    try {
      const snapshot = await this.attach({ protocolVersion: INSPECTOR_PROTOCOL_VERSION });
      if (this.socket !== socket) return;
      if (snapshot.protocolVersion !== INSPECTOR_PROTOCOL_VERSION) {
        this.setStatus({
          phase: 'incompatible',
          reason: `The proxy speaks protocol ${snapshot.protocolVersion}, this page ${INSPECTOR_PROTOCOL_VERSION}: reload the page.`,
        });
        socket.close(1000, 'incompatible');
        return;
      }
      this.failures = 0;
      this.attached = true;
      for (const listener of this.attachListeners) listener(snapshot);
      const early = this.earlyEvents;
      this.earlyEvents = [];
      for (const { event, params } of early) this.dispatch(event, params);
      this.setStatus({ phase: 'attached' });
    } catch (error) {
      if (this.socket !== socket) return;
      console.warn('[mcp-inspect] attach failed', error);
      socket.close(4000, error instanceof Error ? error.message : String(error));
    }
  }

  private receive(data: unknown): void {
    let frame: unknown;
    try {
      frame = JSON.parse(String(data));
    } catch {
      console.warn('[mcp-inspect] ignored a frame that is not JSON');
      return;
    }
    const envelope = ServerEnvelopeSchema.safeParse(frame);
    if (!envelope.success) {
      console.warn('[mcp-inspect] ignored a frame outside the protocol', z.prettifyError(envelope.error));
      return;
    }
    const value = envelope.data;
    if ('id' in value) {
      this.correlator.settle(value.id, value);
    } else if (!isInspectorEventName(value.event)) {
      console.warn(`[mcp-inspect] ignored unknown event ${value.event}`);
    } else if (!this.attached) {
      this.earlyEvents.push({ event: value.event, params: value.params });
    } else {
      this.dispatch(value.event, value.params);
    }
  }

  private dispatch(event: InspectorEventName, raw: unknown): void {
    const params = parseEventParams(event, raw);
    if (params === undefined) return;
    if (event === 'eventsRecorded') this.awaitedResults.observe((params as EventParams<'eventsRecorded'>).events);
    for (const listener of this.listeners.get(event) ?? []) {
      try {
        (listener as (p: unknown) => void)(params);
      } catch (error) {
        console.error(`[mcp-inspect] a ${event} listener failed`, error);
      }
    }
  }

  private scheduleRetry(reason: string): void {
    this.failures += 1;
    const delay = reconnectDelay(this.failures);
    this.setStatus({ phase: 'reconnecting', attempt: this.failures, retryAt: Date.now() + delay, reason });
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      if (!this.stopped) this.open();
    }, delay);
  }

  private setStatus(status: SocketStatus): void {
    this.status = status;
    this.statusSignal.notify();
  }
}

/**
 * Validates an event's params. Recorded events, thousands a second under a stream, get a structural
 * check rather than a schema parse; a batch with malformed entries keeps the valid ones.
 */
function parseEventParams(event: InspectorEventName, raw: unknown): EventParams<InspectorEventName> | undefined {
  if (event === 'eventsRecorded') return parseRecordedEvents(raw);
  const parsed = inspectorEvents[event].safeParse(raw);
  if (parsed.success) return parsed.data;
  console.warn(`[mcp-inspect] invalid ${event} event`, z.prettifyError(parsed.error));
  return undefined;
}

/**
 * The attach snapshot, checked like the event stream: a reopened session can hold 100,000 events, and
 * a schema parse of each one took seconds of the page's first screen.
 */
function parseAttachResult(raw: unknown): RequestResult<'attach'> {
  const list = typeof raw === 'object' && raw !== null && 'events' in raw ? raw.events : undefined;
  const parsed = inspectorRequests.attach.result.safeParse(Array.isArray(list) ? { ...(raw as object), events: [] } : raw);
  if (!parsed.success) throw new ProxyRequestError(`Unexpected reply to attach: ${z.prettifyError(parsed.error)}`);
  const { events, errors } = checkRecordedEvents(list as unknown[]);
  if (errors.length > 0) console.warn(`[mcp-inspect] invalid events in the attach snapshot: dropped ${errors.length} of ${(list as unknown[]).length}`, errors.join('\n'));
  return { ...parsed.data, events };
}

function parseRecordedEvents(raw: unknown): EventParams<'eventsRecorded'> | undefined {
  const list = typeof raw === 'object' && raw !== null && 'events' in raw ? raw.events : undefined;
  if (!Array.isArray(list)) {
    console.warn('[mcp-inspect] invalid eventsRecorded event: `events` is not a list');
    return undefined;
  }
  const { events, errors } = checkRecordedEvents(list);
  if (errors.length > 0) console.warn(`[mcp-inspect] invalid eventsRecorded event: dropped ${errors.length} of ${list.length}`, errors.join('\n'));
  return { events };
}
