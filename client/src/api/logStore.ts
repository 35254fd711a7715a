// The per-connection message log: append-only, kept outside React, read with useSyncExternalStore.
// Events are queued as they arrive and applied in an animation frame at most every 50 ms, so a burst of
// thousands of messages per second costs a render (and a layout of the followed tail) 20 times a
// second rather than 60, which a person reading a stream cannot tell apart. A frame applies only what
// fits its time budget and
// leaves the rest to the next one, so a backlog (a big batch after a stall) never becomes one long
// task that freezes the page. Request↔response pairing happens here, on append.
// The page holds a bounded number of events: past `limit` (a page attached to a day-long tap), the
// oldest are let go across every connection at once, down to three quarters of it, and become
// older rows read back from the proxy like those before the attach snapshot (`onEvicted`).
import { cancelledRequestId, endsConnectionAttempt, oppositeDirection, RequestPairing, startsConnectionAttempt } from '../../../shared/requestPairing';
import { DEFAULT_PAGE_EVENT_LIMIT } from '../../../shared/inspectorProtocol';
import type { Direction, RecordedEvent } from '../../../shared/recordedEvent';
import { toLogEntry, type LogEntry } from './logEntry';
import { KeyedSignal, Signal, type FlushScheduler } from './keyedSignal';

/** An immutable view of one connection's log; a new object after every change. */
export interface LogSnapshot {
  readonly connectionId: string;
  /**
   * Appended to in place: read only the first `count` entries of this snapshot. Those before
   * `firstIndex` were let go (the page's limit) and are `undefined`: the proxy still has them.
   */
  readonly entries: readonly (LogEntry | undefined)[];
  readonly count: number;
  /** Entries before this index were let go; the ones from here on are held. */
  readonly firstIndex: number;
  readonly version: number;
  /** Index into `entries` of the entry with this seq, if recorded. */
  indexOfSeq(seq: number): number | undefined;
}

/** The least time between two flushes of a stream (a backlog is caught up frame by frame). */
const STREAM_INTERVAL_MS = 50;

/** Flushes in an animation frame, at most once per `intervalMs` unless catching up a backlog. */
export function throttledFrameScheduler(intervalMs = STREAM_INTERVAL_MS): FlushScheduler {
  let lastFlush = -Infinity;
  return (flush, backlog = false) => {
    let frame: number | undefined;
    const inFrame = () => {
      frame = requestAnimationFrame(() => {
        lastFlush = performance.now();
        flush();
      });
    };
    const wait = backlog ? 0 : lastFlush + intervalMs - performance.now();
    const timer = wait > 0 ? setTimeout(inFrame, wait) : undefined;
    if (timer === undefined) inFrame();
    return () => {
      clearTimeout(timer);
      if (frame !== undefined) cancelAnimationFrame(frame);
    };
  };
}

interface ConnectionLog {
  entries: (LogEntry | undefined)[];
  /** Entries before this index were let go. */
  firstIndex: number;
  indexBySeq: Map<number, number>;
  /** Requests paired with their responses; the value is the request's index in `entries`. */
  pairing: RequestPairing<number>;
  lastSeq: number;
  snapshot: LogSnapshot;
}

function emptySnapshot(connectionId: string): LogSnapshot {
  return { connectionId, entries: [], count: 0, firstIndex: 0, version: 0, indexOfSeq: () => undefined };
}

/** What one connection let go in one eviction: how many of its oldest held events, and the first one's time. */
export interface EvictedEvents {
  connectionId: string;
  count: number;
  firstTime: number;
}

/** A frame's time for applying queued events (ms); the page still has to render them in that frame. */
const FRAME_BUDGET_MS = 8;
/** Events applied between two looks at the clock. */
const CHUNK = 256;

export class LogStore {
  private readonly logs = new Map<string, ConnectionLog>();
  private readonly listeners = new KeyedSignal<string>();
  /** Told once per flush that changed any connection (for views over every connection). */
  private readonly anyListeners = new Signal();
  private queue: RecordedEvent[] = [];
  private cancelFlush: (() => void) | undefined;
  private readonly empty = new Map<string, LogSnapshot>();
  private readonly evictedListeners = new Set<(evicted: EvictedEvents[]) => void>();
  private limit = DEFAULT_PAGE_EVENT_LIMIT;

  /** Applied from the front of `queue` by budgeted flushes; the rest is still to apply. */
  private queueStart = 0;

  constructor(
    private readonly schedule: FlushScheduler = throttledFrameScheduler(),
    private readonly frameBudgetMs = FRAME_BUDGET_MS,
  ) {}

  /** Queues events; they become visible at the next flush (or the ones after it, under a backlog). */
  append(events: readonly RecordedEvent[]): void {
    if (events.length === 0) return;
    for (const event of events) this.queue.push(event);
    this.scheduleFlush();
  }

  private scheduleFlush(backlog = false): void {
    if (this.cancelFlush) return;
    let ran = false;
    const cancel = this.schedule(() => {
      ran = true;
      this.cancelFlush = undefined;
      this.flush([], this.frameBudgetMs);
      if (this.queueStart < this.queue.length) this.scheduleFlush(true);
    }, backlog);
    if (!ran) this.cancelFlush = cancel;
  }

  /** Replaces everything with a snapshot's events (on attach and re-attach). */
  reset(events: readonly RecordedEvent[]): void {
    this.cancelFlush?.();
    this.cancelFlush = undefined;
    this.queue = [...events];
    this.queueStart = 0;
    const touched = new Set(this.logs.keys());
    this.logs.clear();
    this.flush(touched);
  }

  /** The most events the page holds (the proxy's word, from the attach); applies from the next flush. */
  setLimit(limit: number): void {
    this.limit = limit;
  }

  /** Told the events let go by each eviction, before the connections' listeners hear of it. */
  onEvicted(listener: (evicted: EvictedEvents[]) => void): () => void {
    this.evictedListeners.add(listener);
    return () => this.evictedListeners.delete(listener);
  }

  removeConnection(connectionId: string): void {
    if (!this.logs.delete(connectionId)) return;
    this.listeners.notify(connectionId);
    this.anyListeners.notify();
  }

  /** The connections that have a log, in the order their first event arrived. */
  connectionIds(): string[] {
    return [...this.logs.keys()];
  }

  /**
   * Applies queued events now, in order, and notifies each connection that changed once. With a
   * budget it stops (between chunks) once that many ms have passed; the rest waits in the queue.
   */
  flush(alsoNotify: Iterable<string> = [], budgetMs = Infinity): void {
    const changed = new Set<string>(alsoNotify);
    const queue = this.queue;
    const start = performance.now();
    let next = this.queueStart;
    while (next < queue.length) {
      const end = Math.min(queue.length, next + CHUNK);
      for (; next < end; next++) {
        const event = queue[next]!;
        if (this.add(event)) changed.add(event.connectionId);
      }
      if (performance.now() - start >= budgetMs) break;
    }
    if (next >= queue.length) {
      this.queue = [];
      this.queueStart = 0;
    } else {
      this.queueStart = next;
    }
    for (const connectionId of this.evictOverLimit()) changed.add(connectionId);
    for (const connectionId of changed) {
      const log = this.logs.get(connectionId);
      if (log) log.snapshot = makeSnapshot(connectionId, log, log.snapshot.version + 1);
      this.listeners.notify(connectionId);
    }
    if (changed.size > 0) this.anyListeners.notify();
  }

  getSnapshot(connectionId: string): LogSnapshot {
    const log = this.logs.get(connectionId);
    if (log) return log.snapshot;
    let empty = this.empty.get(connectionId);
    if (!empty) this.empty.set(connectionId, (empty = emptySnapshot(connectionId)));
    return empty;
  }

  subscribe(connectionId: string, listener: () => void): () => void {
    return this.listeners.subscribe(connectionId, listener);
  }

  /** Registers a listener told after any connection's log changed; returns the function that removes it. */
  subscribeAll(listener: () => void): () => void {
    return this.anyListeners.subscribe(listener);
  }

  /**
   * Past the limit, lets go of the oldest held events by seq across connections (so the merged log's
   * older rows stay in order) down to three quarters of the limit; returns the connections that changed.
   * A let-go slot keeps its index (views and folds keep their positions) and holds `undefined`.
   */
  private evictOverLimit(): string[] {
    const logs = [...this.logs.entries()];
    let held = 0;
    for (const [, log] of logs) held += log.entries.length - log.firstIndex;
    if (held <= this.limit) return [];
    let toEvict = held - Math.floor(this.limit * 0.75);
    const evicted = new Map<string, EvictedEvents>();
    // Oldest first: the held entry with the lowest seq among every connection's first held one.
    while (toEvict-- > 0) {
      let oldest: [string, ConnectionLog] | undefined;
      for (const pair of logs) {
        const entry = pair[1].entries[pair[1].firstIndex];
        if (entry && (!oldest || entry.seq < oldest[1].entries[oldest[1].firstIndex]!.seq)) oldest = pair;
      }
      if (!oldest) break;
      const [connectionId, log] = oldest;
      const entry = log.entries[log.firstIndex]!;
      log.indexBySeq.delete(entry.seq);
      log.entries[log.firstIndex++] = undefined;
      const counted = evicted.get(connectionId);
      if (counted) counted.count++;
      else evicted.set(connectionId, { connectionId, count: 1, firstTime: entry.time });
    }
    const all = [...evicted.values()];
    for (const listener of this.evictedListeners) listener(all);
    return [...evicted.keys()];
  }

  private add(event: RecordedEvent): boolean {
    let log = this.logs.get(event.connectionId);
    if (!log) {
      log = { entries: [], firstIndex: 0, indexBySeq: new Map(), pairing: new RequestPairing<number>({ maxOpen: Number.POSITIVE_INFINITY }), lastSeq: -Infinity, snapshot: emptySnapshot(event.connectionId) };
      this.logs.set(event.connectionId, log);
    }
    if (event.seq <= log.lastSeq) return false;
    log.lastSeq = event.seq;
    // A new attempt starts a new id space (the SDK client numbers from 0 again).
    if (startsConnectionAttempt(event)) log.pairing.clear();
    const index = log.entries.length;
    log.entries.push(pair(log, toLogEntry(event), index));
    log.indexBySeq.set(event.seq, index);
    if (endsConnectionAttempt(event)) endOpenRequests(log, event.seq);
    return true;
  }
}

/**
 * Entries for events read back from the proxy (older rows), paired among themselves as the store pairs
 * live ones: a page of older rows mostly holds both sides of its exchanges. A request answered outside
 * the page is marked `answerNotRead` rather than left looking unanswered (unless the page also holds the
 * end of its connection: then it is known never to have been answered).
 */
export function pairedLogEntries(events: readonly RecordedEvent[]): LogEntry[] {
  const store = new LogStore(() => () => {});
  store.append(events);
  store.flush();
  const bySeq = new Map<number, LogEntry>();
  for (const connectionId of store.connectionIds()) {
    for (const entry of store.getSnapshot(connectionId).entries) if (entry) bySeq.set(entry.seq, entry);
  }
  return events.map((event) => {
    const entry = bySeq.get(event.seq) ?? toLogEntry(event);
    return entry.kind === 'request' && entry.id !== undefined && entry.pairSeq === undefined && entry.endedSeq === undefined ? { ...entry, answerNotRead: true } : entry;
  });
}

/** Pairs a request with its later response (in the opposite direction, same id). */
function pair(log: ConnectionLog, entry: LogEntry, index: number): LogEntry {
  if (entry.kind === 'notification' && entry.direction === 'outgoing') markCancelled(log, entry);
  if (entry.id === undefined || entry.direction === undefined) return entry;
  if (entry.kind === 'request') {
    log.pairing.opened(entry.direction, entry.id, index);
    return entry;
  }
  const answerDirection = answerDirectionOf(log, entry);
  if (answerDirection === undefined) return entry;
  const pairing = log.pairing.answered(answerDirection, entry.id, entry.seq);
  const requestIndex = pairing.status === 'answers' ? pairing.request : undefined;
  const request = requestIndex === undefined ? undefined : log.entries[requestIndex];
  if (requestIndex === undefined || !request) return entry;
  log.entries[requestIndex] = { ...request, pairSeq: entry.seq };
  const paired = { ...entry, method: request.method, pairSeq: request.seq, latencyMs: Math.max(0, entry.time - request.time) };
  if (request.cancelSeq === undefined) return paired;
  const cancellation = log.entries[log.indexBySeq.get(request.cancelSeq) ?? -1];
  return { ...paired, lateAfterCancel: { cancelSeq: request.cancelSeq, afterMs: Math.max(0, entry.time - (cancellation?.time ?? entry.time)) } };
}

/**
 * Which way an answer travels, if the entry is one: a response or error; or an injected `error` fault
 * on a request still open, which is the answer its sender got (the inspector answered in the peer's
 * place, and the request never reached the peer).
 */
function answerDirectionOf(log: ConnectionLog, entry: LogEntry): Direction | undefined {
  if (entry.kind === 'response' || entry.kind === 'error') return entry.direction;
  if (entry.event.kind !== 'fault' || entry.event.fault.action !== 'error' || entry.id === undefined) return undefined;
  const { direction } = entry.event.fault;
  return log.pairing.openRequest(direction, entry.id) === undefined ? undefined : oppositeDirection(direction);
}

/**
 * Our `notifications/cancelled` marks the still-open request it names, so a later answer shows as late.
 * The request stays open here: the log pairs a late answer with it (and says it came after the cancel).
 */
function markCancelled(log: ConnectionLog, notification: LogEntry): void {
  const requestId = notification.event.kind === 'message' ? cancelledRequestId(notification.event.message) : undefined;
  if (requestId === undefined) return;
  const requestIndex = log.pairing.openRequest('outgoing', requestId);
  const request = requestIndex === undefined ? undefined : log.entries[requestIndex];
  if (requestIndex === undefined || !request || request.cancelSeq !== undefined) return;
  log.entries[requestIndex] = { ...request, cancelSeq: notification.seq };
}

/** The connection ended (event `endSeq`): the requests still open will never be answered; say so on each. */
function endOpenRequests(log: ConnectionLog, endSeq: number): void {
  for (const direction of ['outgoing', 'incoming'] as const) {
    for (const requestIndex of log.pairing.openRequests(direction)) {
      const request = log.entries[requestIndex];
      if (request) log.entries[requestIndex] = { ...request, endedSeq: endSeq };
    }
  }
  log.pairing.abandonAll();
}

function makeSnapshot(connectionId: string, log: ConnectionLog, version: number): LogSnapshot {
  const { entries, indexBySeq, firstIndex } = log;
  return { connectionId, entries, count: entries.length, firstIndex, version, indexOfSeq: (seq) => indexBySeq.get(seq) };
}
