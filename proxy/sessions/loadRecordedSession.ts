// `mcp-inspect open FILE`: reads a session file and lists its connections in the inspector as
// recorded connections.
import { readFileSync } from 'node:fs';
import type { ConnectionSummary } from '../../shared/connectionTypes';
import type { RecordedSessionInfo } from '../../shared/inspectorProtocol';
import { readSession, sessionConnections, type SessionConnection } from '../../shared/session';
import type { Inspector } from '../inspector/Inspector';
import { RecordedConnection } from './RecordedConnection';

/**
 * Reads and checks a session file. Throws with a clear message when it cannot be read at all (no
 * such file, not a session, from a newer version); damaged lines are listed in the result.
 */
export function readSessionFile(file: string): { info: RecordedSessionInfo; connections: SessionConnection[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const session = readSession(text);
  return {
    info: {
      file,
      createdAt: session.header.createdAt,
      inspectorVersion: session.header.inspectorVersion,
      fileVersion: session.fileVersion,
      problems: session.problems,
      damagedLines: session.damagedLines,
    },
    connections: sessionConnections(session.entries),
  };
}

/** A summary for a connection the file holds events of but no summary (a file cut short at the start). */
function unknownSummary(id: string): ConnectionSummary {
  return { id, label: id, target: { transport: 'stdio', command: '(not recorded)', args: [], env: {} }, state: 'recorded', stderrTail: [], attempt: 1 };
}

export function addRecordedConnections(inspector: Inspector, connections: readonly SessionConnection[]): void {
  for (const recorded of connections) {
    const connection = new RecordedConnection(recorded.id, recorded.summary ?? unknownSummary(recorded.id), recorded.events);
    inspector.addRecorded(connection, recorded.events, recorded.findings);
  }
}
