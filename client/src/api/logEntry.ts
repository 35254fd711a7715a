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
  /** On a response or error to a request we had cancelled: it came late, this long after the cancellation. */
  readonly lateAfterCancel?: { cancelSeq: number; afterMs: number };
  /** Lower-case text that free-text filters search (message JSON, line, or transport event), made once. */
  readonly searchText: string;
  readonly event: RecordedEvent;
}

function searchTextOf(event: RecordedEvent): string {
  if (event.kind === 'stdout' || event.kind === 'stderr') return event.text.toLowerCase();
  if (event.kind === 'fault') return `fault ${event.fault.rule} ${event.fault.detail}`.toLowerCase();
  return (JSON.stringify(event.kind === 'message' || event.kind === 'app' ? event.message : event.event) ?? '').toLowerCase();
}

/** Builds the unpaired entry for one recorded event. */
export function toLogEntry(event: RecordedEvent): LogEntry {
  const base = { seq: event.seq, time: event.time, searchText: searchTextOf(event), event };
  switch (event.kind) {
    case 'message': {
      const envelope = readEnvelope(event.message);
      return {
        ...base,
        kind: envelope.kind,
        direction: event.direction,
        method: envelope.method,
        id: envelope.id,
        size: event.size,
      };
    }
    case 'stdout':
    case 'stderr':
      return { ...base, kind: event.kind, direction: 'incoming', size: event.text.length };
    case 'transport':
      return { ...base, kind: 'transport' };
    case 'fault':
      // Shown with the method it acted on, so a method filter keeps the fault beside its message.
      return { ...base, kind: 'fault', direction: event.fault.direction, method: event.fault.method, id: event.fault.messageId };
    case 'app': {
      // Host → app is shown as the inspector's side sending, app → host as receiving.
      const envelope = readEnvelope(event.message);
      return { ...base, kind: 'app', direction: event.direction === 'to-app' ? 'outgoing' : 'incoming', method: envelope.method, id: envelope.id, size: event.size };
    }
  }
}

/** The seq a pin names: an answer's exchange is pinned by its request. */
export function pinSeqOf(entry: LogEntry): number {
  return (entry.kind === 'response' || entry.kind === 'error') && entry.pairSeq !== undefined ? entry.pairSeq : entry.seq;
}
