// The timeline's model: each request as a span from its send to its answer, placed on the first free
// lane (so overlapping requests sit on separate lanes), with the notifications that belong to it
// (progress and log lines by its progress token, cancellation by its id) nested under it, plus latency
// per method. An MCP App's traffic, and the server calls it caused, are on app lanes of their own.
// Built incrementally from the append-only log: each entry is read once.
import { requestKey } from '../../../../shared/jsonrpc';
import { endsConnectionAttempt } from '../../../../shared/requestPairing';
import type { LogEntry, HeldLogEntries } from '../../api/logEntry';

/** A notification drawn inside the span of the request it belongs to. */
export interface TimelineMark {
  seq: number;
  time: number;
  /** `fault`: an injected fault acted on the request or its answer (shared/faults/). */
  kind: 'progress' | 'log' | 'cancelled' | 'fault';
  /** e.g. "3/10" for progress, "info: text" for a log line, the reason for a cancellation, the fault's rule and what it did. */
  label: string;
}

export interface TimelineSpan {
  requestSeq: number;
  method: string;
  /** What the request is about: the tool or prompt name, the resource URI. */
  subject: string | undefined;
  /** The request's own direction: `incoming` for server → client requests (sampling, elicitation…). */
  direction: 'outgoing' | 'incoming';
  start: number;
  /** The answer's time; undefined while the request is unanswered. */
  end: number | undefined;
  responseSeq: number | undefined;
  failed: boolean;
  /** The requester cancelled it before an answer came: the span ends at the cancellation. */
  cancelled: boolean;
  /** The connection ended (the server exited, it was closed) before an answer: the span ends there. */
  ended?: true;
  /** Within its track: the server's lanes, or the app's (drawn below them). */
  lane: number;
  marks: TimelineMark[];
  /**
   * `app`: traffic between the inspector and an MCP App it renders (a notification is a point, end = start),
   * and the server requests the app caused (`via`).
   */
  track?: 'app';
  /** `app`: a request to the server the inspector sent for an MCP App (recorded with `via: "app"`). */
  via?: 'app';
}

export interface MethodLatency {
  method: string;
  count: number;
  /** Of the answered ones, in ms. */
  p50: number | undefined;
  p95: number | undefined;
  max: number | undefined;
  failed: number;
  cancelled: number;
  /** Neither answered nor cancelled. */
  unanswered: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Nearest-rank percentile of ascending samples. */
export function percentileOf(sorted: readonly number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

function paramsOf(entry: LogEntry): Record<string, unknown> | undefined {
  const message = entry.event.kind === 'message' || entry.event.kind === 'app' ? entry.event.message : undefined;
  return isRecord(message) && isRecord(message.params) ? message.params : undefined;
}

/** What a request is about: the tool or prompt name, the resource URI. */
function subjectOf(params: Record<string, unknown> | undefined): string | undefined {
  return typeof params?.name === 'string' ? params.name : typeof params?.uri === 'string' ? params.uri : undefined;
}

function tokenKey(token: unknown): string | undefined {
  return typeof token === 'string' || typeof token === 'number' ? `${typeof token}:${String(token)}` : undefined;
}

/** "level: text" of a `notifications/message`, its data as JSON when not a string, cut for a tooltip. */
function logLabel(params: Record<string, unknown>): string {
  const data = typeof params.data === 'string' ? params.data : JSON.stringify(params.data) ?? '';
  const text = `${typeof params.level === 'string' ? params.level : 'log'}: ${data}`;
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

export class TimelineBuilder {
  readonly spans: TimelineSpan[] = [];
  /** The time each lane becomes free (Infinity while its span is open). */
  private readonly laneFreeAt: number[] = [];
  private readonly appLaneFreeAt: number[] = [];
  private readonly open = new Map<string, TimelineSpan>();
  /** The latest span per direction and id, answered or not (a cancellation may follow the answer). */
  private readonly latest = new Map<string, TimelineSpan>();
  private readonly byProgressToken = new Map<string, TimelineSpan>();
  private source: HeldLogEntries | undefined;
  private read = 0;
  firstTime: number | undefined;
  lastTime: number | undefined;
  version = 0;
  /** Spans on the app track: the app's own messages, and the server requests it caused. */
  appMessageCount = 0;
  appServerCallCount = 0;

  /** Reads the entries appended since the last call; returns false when a reset of the log needs a new builder. */
  update(entries: HeldLogEntries, count: number): boolean {
    if (this.source !== undefined && this.source !== entries) return false;
    this.source = entries;
    if (count === this.read) return true;
    for (let index = this.read; index < count; index++) {
      // Entries the page let go (its limit) are skipped: a builder made after that starts at the held ones.
      const entry = entries[index];
      if (entry) this.add(entry);
    }
    this.read = count;
    this.version++;
    return true;
  }

  /** The lanes of the span's track: when each becomes free. */
  private lanesOf(span: TimelineSpan): number[] {
    return span.track === 'app' ? this.appLaneFreeAt : this.laneFreeAt;
  }

  get laneCount(): number {
    return this.laneFreeAt.length;
  }

  /** Lanes of the app track (MCP App ↔ inspector traffic), drawn below the server's. */
  get appLaneCount(): number {
    return this.appLaneFreeAt.length;
  }

  private add(entry: LogEntry): void {
    this.firstTime ??= entry.time;
    this.lastTime = entry.time;
    if (entry.kind === 'transport' && entry.event.kind === 'transport' && entry.event.event.type === 'connecting') {
      // A new attempt numbers its requests from scratch; what was open stays open (never answered).
      this.open.clear();
      this.latest.clear();
    }
    if (endsConnectionAttempt(entry.event)) return this.endOpenSpans(entry.time);
    if (entry.direction === undefined) return;
    if (entry.kind === 'app') return this.addApp(entry, entry.direction);
    if (entry.kind === 'request' && entry.id !== undefined && entry.method) this.startSpan(entry, entry.direction);
    else if ((entry.kind === 'response' || entry.kind === 'error') && entry.id !== undefined) this.endSpan(entry);
    else if (entry.kind === 'notification') this.nest(entry);
    else if (entry.kind === 'fault') this.markFault(entry);
  }

  /** The connection ended: the server's requests still open will never be answered, so their spans end here. */
  private endOpenSpans(time: number): void {
    for (const [key, span] of this.open) {
      if (span.track === 'app') continue;
      this.open.delete(key);
      span.ended = true;
      span.end = Math.max(span.start, time);
      this.lanesOf(span)[span.lane] = span.end;
    }
  }

  /**
   * A fault is drawn on the span of the request it acted on (or of the request whose answer it acted
   * on). An injected error is the answer the client got: the span ends there, failed.
   */
  private markFault(entry: LogEntry): void {
    if (entry.event.kind !== 'fault' || entry.id === undefined) return;
    const { fault } = entry.event;
    const opposite = fault.direction === 'incoming' ? 'outgoing' : 'incoming';
    const own = this.latest.get(`${fault.direction}:${requestKey(entry.id)}`);
    const key = own && own.method === fault.method ? `${fault.direction}:${requestKey(entry.id)}` : `${opposite}:${requestKey(entry.id)}`;
    const span = this.latest.get(key);
    if (!span) return;
    span.marks.push({ seq: entry.seq, time: entry.time, kind: 'fault', label: `"${fault.rule}": ${fault.detail}` });
    if (fault.action === 'error' && this.open.get(key) === span) {
      this.open.delete(key);
      span.failed = true;
      span.end = Math.max(span.start, entry.time);
      this.lanesOf(span)[span.lane] = span.end;
    }
  }

  /** A request to or from the server; one the inspector sent for an app goes on the app's lanes, named so. */
  private startSpan(entry: LogEntry, direction: 'outgoing' | 'incoming'): void {
    const forApp = entry.event.kind === 'message' && entry.event.via === 'app';
    const lanes = forApp ? this.appLaneFreeAt : this.laneFreeAt;
    let lane = lanes.findIndex((freeAt) => freeAt <= entry.time);
    if (lane === -1) lane = lanes.push(Infinity) - 1;
    lanes[lane] = Infinity;
    const params = paramsOf(entry);
    const app = forApp ? ({ track: 'app', via: 'app' } as const) : {};
    if (forApp) this.appServerCallCount++;
    const span: TimelineSpan = { requestSeq: entry.seq, method: entry.method!, subject: subjectOf(params), direction, start: entry.time, end: undefined, responseSeq: undefined, failed: false, cancelled: false, lane, marks: [], ...app };
    this.spans.push(span);
    const key = `${direction}:${requestKey(entry.id!)}`;
    this.open.set(key, span);
    this.latest.set(key, span);
    const meta = params?._meta;
    const token = isRecord(meta) ? tokenKey(meta.progressToken) : undefined;
    if (token) this.byProgressToken.set(`${direction}:${token}`, span);
  }

  /** An app message: a request opens a span on the app track, its answer ends it, a notification is a point. */
  private addApp(entry: LogEntry, direction: 'outgoing' | 'incoming'): void {
    const { id, method } = entry;
    if (method === undefined && id !== undefined) {
      const requestDirection = direction === 'incoming' ? 'outgoing' : 'incoming';
      const key = `app:${requestDirection}:${requestKey(id)}`;
      const span = this.open.get(key);
      if (!span) return;
      this.open.delete(key);
      span.end = Math.max(span.start, entry.time);
      span.responseSeq = entry.seq;
      span.failed = entry.event.kind === 'app' && isRecord(entry.event.message) && 'error' in entry.event.message;
      this.appLaneFreeAt[span.lane] = span.end;
      return;
    }
    if (method === undefined) return;
    let lane = this.appLaneFreeAt.findIndex((freeAt) => freeAt <= entry.time);
    if (lane === -1) lane = this.appLaneFreeAt.push(0) - 1;
    const isRequest = id !== undefined;
    const span: TimelineSpan = { requestSeq: entry.seq, method, subject: subjectOf(paramsOf(entry)), direction, start: entry.time, end: isRequest ? undefined : entry.time, responseSeq: undefined, failed: false, cancelled: false, lane, marks: [], track: 'app' };
    this.spans.push(span);
    this.appMessageCount++;
    this.appLaneFreeAt[lane] = isRequest ? Infinity : entry.time;
    if (isRequest) this.open.set(`app:${direction}:${requestKey(id)}`, span);
  }

  private endSpan(entry: LogEntry): void {
    const requestDirection = entry.direction === 'incoming' ? 'outgoing' : 'incoming';
    const key = `${requestDirection}:${requestKey(entry.id!)}`;
    const span = this.open.get(key);
    if (!span) return;
    this.open.delete(key);
    span.end = Math.max(span.start, entry.time);
    span.responseSeq = entry.seq;
    span.failed = entry.kind === 'error';
    // A request sent in the millisecond another ends may reuse its lane: they touch, they do not overlap.
    this.lanesOf(span)[span.lane] = span.end;
  }

  private nest(entry: LogEntry): void {
    const params = paramsOf(entry);
    if (!params) return;
    // Progress and log lines flow opposite to the request they report on; cancellation is sent by the requester.
    const requestDirection = entry.direction === 'incoming' ? 'outgoing' : 'incoming';
    if (entry.method === 'notifications/progress') {
      const total = typeof params.total === 'number' ? `/${params.total}` : '';
      this.byToken(requestDirection, params.progressToken)?.marks.push({ seq: entry.seq, time: entry.time, kind: 'progress', label: `${String(params.progress)}${total}` });
    } else if (entry.method === 'notifications/message') {
      const span = this.relatedSpan(requestDirection, params._meta);
      span?.marks.push({ seq: entry.seq, time: entry.time, kind: 'log', label: logLabel(params) });
    } else if (entry.method === 'notifications/cancelled') {
      const id = params.requestId;
      if (typeof id !== 'string' && typeof id !== 'number') return;
      const key = `${entry.direction}:${requestKey(id)}`;
      const span = this.latest.get(key);
      span?.marks.push({ seq: entry.seq, time: entry.time, kind: 'cancelled', label: typeof params.reason === 'string' ? params.reason : 'cancelled' });
      // Still open: the receiver should not answer now (spec: cancellation), so the span ends here.
      if (span && this.open.get(key) === span) {
        this.open.delete(key);
        span.cancelled = true;
        span.end = Math.max(span.start, entry.time);
        this.lanesOf(span)[span.lane] = span.end;
      }
    }
  }

  private byToken(requestDirection: string, token: unknown): TimelineSpan | undefined {
    const key = tokenKey(token);
    return key ? this.byProgressToken.get(`${requestDirection}:${key}`) : undefined;
  }

  /**
   * The request a log line names in its `_meta`: by the request's progress token, or by its id under
   * `relatedRequestId` (what the SDKs call the request a notification is sent for). The spec gives a
   * log line no field for its request, so lines without either stay off the timeline.
   */
  private relatedSpan(requestDirection: string, meta: unknown): TimelineSpan | undefined {
    if (!isRecord(meta)) return undefined;
    const id = meta.relatedRequestId;
    if (typeof id === 'string' || typeof id === 'number') return this.latest.get(`${requestDirection}:${requestKey(id)}`);
    return this.byToken(requestDirection, meta.progressToken);
  }

  /** Count and latency percentiles per method of the server's requests (an app's included), busiest first. */
  latencyByMethod(): MethodLatency[] {
    const groups = new Map<string, TimelineSpan[]>();
    for (const span of this.spans) {
      if (span.track === 'app' && span.via !== 'app') continue;
      const group = groups.get(span.method) ?? [];
      group.push(span);
      groups.set(span.method, group);
    }
    return [...groups.entries()]
      .map(([method, spans]) => {
        // A span that ends at a cancellation or at the end of its connection was never answered: no latency.
        const answered = spans.filter((s) => s.end !== undefined && !s.cancelled && !s.ended);
        const latencies = answered.map((s) => s.end! - s.start).sort((a, b) => a - b);
        const cancelled = spans.filter((s) => s.cancelled).length;
        return {
          method,
          count: spans.length,
          p50: percentileOf(latencies, 50),
          p95: percentileOf(latencies, 95),
          max: latencies.at(-1),
          failed: spans.filter((s) => s.failed).length,
          cancelled,
          unanswered: spans.length - latencies.length - cancelled,
        };
      })
      .sort((a, b) => b.count - a.count || a.method.localeCompare(b.method));
  }
}
