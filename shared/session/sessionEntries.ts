// Between the inspector's stamped events and session entries, both ways, and the per-connection view
// of a whole session (what a reopened session shows). Pure, so the proxy and the UI can share it.
import type { ConnectionSummary } from '../connectionTypes';
import type { Finding } from '../diagnosis/finding';
import { stampEvent, type RecordedEvent } from '../recordedEvent';
import type { SessionEntry } from './sessionFormat';

type EventEntry = Extract<SessionEntry, { type: 'event' }>;

/** The entry that records one stamped event. */
export function eventEntry(event: RecordedEvent): EventEntry {
  const { seq, time, connectionId, ...payload } = event;
  return { type: 'event', seq, time, connectionId, payload };
}

/** The stamped event an event entry recorded. */
export function entryEvent(entry: EventEntry): RecordedEvent {
  return stampEvent(entry.payload, entry.seq, entry.time, entry.connectionId);
}

/** Everything a session recorded about one connection. */
export interface SessionConnection {
  id: string;
  /** The last summary recorded (undefined if the file holds none, e.g. it was cut short). */
  summary: ConnectionSummary | undefined;
  events: RecordedEvent[];
  findings: Finding[];
  /** The user removed the connection while recording. */
  removed: boolean;
}

/** Groups a session's entries by connection, in the order each connection first appears. */
export function sessionConnections(entries: readonly SessionEntry[]): SessionConnection[] {
  const byId = new Map<string, SessionConnection>();
  for (const entry of entries) {
    let connection = byId.get(entry.connectionId);
    if (!connection) {
      connection = { id: entry.connectionId, summary: undefined, events: [], findings: [], removed: false };
      byId.set(entry.connectionId, connection);
    }
    switch (entry.type) {
      case 'event':
        connection.events.push(entryEvent(entry));
        break;
      case 'connection':
        connection.summary = entry.summary;
        break;
      case 'connectionRemoved':
        connection.removed = true;
        break;
      case 'finding':
        connection.findings.push(entry.finding);
        break;
    }
  }
  return [...byId.values()];
}
