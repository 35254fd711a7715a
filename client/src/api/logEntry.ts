// One row of a connection's log: a recorded event plus the facts the log shows about it, read once
// when the event is stored (never in render).
import { readEnvelope, type JsonRpcId } from '../../../shared/jsonrpc';
import type { Direction, RecordedEvent } from '../../../shared/recordedEvent';

/** What a log row is: a JSON-RPC message kind, or a non-message stream. */
/** `app`: a message between the inspector and an MCP App it renders (host ↔ app, not the server). */
export type LogKind = 'request' | 'notification' | 'response' | 'error' | 'invalid' | 'stdout' | 'stderr' | 'transport' | 'fault' | 'app';

export interface LogEntry {
  readonly seq: number;
  readonly time: number;
  readonly kind: LogKind;
  /** For messages; stdout and stderr come from the server, transport events have none. */
  readonly direction?: Direction;
  /** For requests and notifications their own method; for responses and errors the paired request's. */
  readonly method?: string;
  readonly id?: JsonRpcId;
  readonly size?: number;
  /** The seq of the paired request (on a response) or response (on a request). */
  readonly pairSeq?: number;
  /** On a response or error: ms from its request to it. */
  readonly latencyMs?: number;
  /** On a request we cancelled while it was open: the seq of our `notifications/cancelled`. */
  readonly cancelSeq?: number;
  /**
   * On a request still open when its connection ended (the server exited, the connection was closed):
   * the seq of that event. It will never be answered, so it is not "waiting".
   */
  readonly endedSeq?: number;
  /** On a response or error to a request we had cancelled: it came late, this long after the cancellation. */
  readonly lateAfterCancel?: { cancelSeq: number; afterMs: number };
  /**
   * On a request read back from the proxy (an older row) with no answer among the events read with it:
   * whether it was answered later is not known here, so it is not "waiting for a response".
   */
  readonly answerNotRead?: true;
  readonly event: RecordedEvent;
}

/** A log's entries as the store holds them: those let go past the page's limit are `undefined` (see logStore.ts). */
export type HeldLogEntries = readonly (LogEntry | undefined)[];

/** Each event's search text (copies of an entry share its event). */
const searchTexts = new WeakMap<RecordedEvent, string>();

/**
 * Lower-case text that free-text filters search (message JSON, line, or transport event). Not made when
 * the event is stored: a snapshot of 10,000 events, or a stream, would pay a `JSON.stringify` per event
 * before its first screen. It is made in idle time after (`makeSearchTextWhenIdle`), so that the first
 * search does not pay for 100,000 of them at once (230 ms), or here for any not made yet.
 */
export function searchTextOf(entry: LogEntry): string {
  return searchTextOfStored(entry.event);
}

function searchTextOfStored(event: RecordedEvent): string {
  let text = searchTexts.get(event);
  if (text === undefined) searchTexts.set(event, (text = searchTextOfEvent(event)));
  return text;
}

/** Events whose search text is still to be made, oldest first, from `nextToMake` on. */
let toMake: RecordedEvent[] = [];
let nextToMake = 0;
let makingScheduled = false;
/** Work per idle slice when the browser gives no deadline (or it ran out): short enough to stay unnoticed. */
const SLICE_MS = 8;

type IdleRun = (deadline?: IdleDeadline) => void;
const whenIdle = (run: IdleRun): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2_000 });
  else setTimeout(run, 50);
};

function makeSearchTextWhenIdle(event: RecordedEvent): void {
  toMake.push(event);
  if (makingScheduled) return;
  makingScheduled = true;
  whenIdle(makeSomeSearchTexts);
}

function makeSomeSearchTexts(deadline?: IdleDeadline): void {
  makingScheduled = false;
  const budget = deadline && !deadline.didTimeout ? Math.min(SLICE_MS, deadline.timeRemaining()) : SLICE_MS;
  const end = performance.now() + budget;
  while (nextToMake < toMake.length && performance.now() < end) searchTextOfStored(toMake[nextToMake++]!);
  if (nextToMake < toMake.length) {
    makingScheduled = true;
    whenIdle(makeSomeSearchTexts);
    return;
  }
  toMake = [];
  nextToMake = 0;
}

function searchTextOfEvent(event: RecordedEvent): string {
  if (event.kind === 'stdout' || event.kind === 'stderr') return event.text.toLowerCase();
  if (event.kind === 'fault') return `fault ${event.fault.rule} ${event.fault.detail}`.toLowerCase();
  return (JSON.stringify(event.kind === 'message' || event.kind === 'app' ? event.message : event.event) ?? '').toLowerCase();
}

/**
 * Builds the unpaired entry for one recorded event. Each entry is one object literal of the same
 * shape: spreading a shared base and adding fields cost V8 several times as much per entry.
 */
export function toLogEntry(event: RecordedEvent): LogEntry {
  const { seq, time } = event;
  makeSearchTextWhenIdle(event);
  switch (event.kind) {
    case 'message': {
      const envelope = readEnvelope(event.message);
      return { seq, time, kind: envelope.kind, direction: event.direction, method: envelope.method, id: envelope.id, size: event.size, event };
    }
    case 'stdout':
    case 'stderr':
      return { seq, time, kind: event.kind, direction: 'incoming', method: undefined, id: undefined, size: event.text.length, event };
    case 'transport':
      return { seq, time, kind: 'transport', direction: undefined, method: undefined, id: undefined, size: undefined, event };
    case 'fault':
      // Shown with the method it acted on, so a method filter keeps the fault beside its message.
      return { seq, time, kind: 'fault', direction: event.fault.direction, method: event.fault.method, id: event.fault.messageId, size: undefined, event };
    case 'app': {
      // Host → app is shown as the inspector's side sending, app → host as receiving.
      const envelope = readEnvelope(event.message);
      return { seq, time, kind: 'app', direction: event.direction === 'to-app' ? 'outgoing' : 'incoming', method: envelope.method, id: envelope.id, size: event.size, event };
    }
  }
}

/** The seq a pin names: an answer's exchange is pinned by its request. */
export function pinSeqOf(entry: LogEntry): number {
  return (entry.kind === 'response' || entry.kind === 'error') && entry.pairSeq !== undefined ? entry.pairSeq : entry.seq;
}
