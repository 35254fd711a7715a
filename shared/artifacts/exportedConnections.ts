// What every export reads (a session as `readSession` gives it) and which of its connections it covers.
import { sessionConnections, type SessionConnection, type SessionEntry, type SessionHeader } from '../session';

/** What an export reads: a session as `readSession` gives it. */
export interface ExportSource {
  header: SessionHeader;
  entries: readonly SessionEntry[];
}

export interface ExportOptions {
  /** Only this recorded connection (default: all of them). */
  connectionId?: string;
}

/** The session cannot be exported as asked (no such connection; HAR of a session with no HTTP). */
export class ExportError extends Error {
  override readonly name = 'ExportError';
}

/** The recorded connections to export: all, or the one asked for. */
export function exportedConnections(source: ExportSource, options: ExportOptions = {}): SessionConnection[] {
  const connections = sessionConnections(source.entries);
  if (options.connectionId === undefined) return connections;
  const chosen = connections.filter((connection) => connection.id === options.connectionId);
  if (chosen.length === 0) {
    const known = connections.map((connection) => connection.id);
    throw new ExportError(`The session has no connection "${options.connectionId}"${known.length > 0 ? ` (it has ${known.join(', ')})` : ' (it recorded no connection)'}.`);
  }
  return chosen;
}
