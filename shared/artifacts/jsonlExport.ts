// A recorded session's JSON-RPC messages as JSON Lines, for jq, grep and scripts: one message per line,
// in recording order, as the session file holds it (secrets were masked when it was recorded):
//   {"seq":3,"time":"2026-11-23T12:30:44.896Z","connectionId":"c1","direction":"client-to-server","message":{…}}
// `direction` is `client-to-server` (the inspector sent it) or `server-to-client`. A message nested too
// deep to parse safely keeps its shallow stand-in in `message` and its whole text in `raw`.
// Transport events, stderr and findings are left out: the session file itself has those.
import { exportedConnections, type ExportOptions, type ExportSource } from './exportedConnections';

/** One line of the JSONL export. */
export interface ExportedMessage {
  seq: number;
  /** ISO 8601, from the recorded wall-clock time. */
  time: string;
  connectionId: string;
  direction: 'client-to-server' | 'server-to-client';
  message: unknown;
  raw?: string;
}

/** The messages of the session (or of one connection), one JSON object per line, in seq order. */
export function jsonlExport(source: ExportSource, options: ExportOptions = {}): string {
  const lines: { seq: number; text: string }[] = [];
  for (const connection of exportedConnections(source, options)) {
    for (const event of connection.events) {
      if (event.kind !== 'message') continue;
      const line: ExportedMessage = {
        seq: event.seq,
        time: new Date(event.time).toISOString(),
        connectionId: event.connectionId,
        direction: event.direction === 'outgoing' ? 'client-to-server' : 'server-to-client',
        message: event.message,
        ...(event.tooDeep === undefined ? {} : { raw: event.tooDeep.raw }),
      };
      lines.push({ seq: event.seq, text: JSON.stringify(line) });
    }
  }
  return lines.sort((a, b) => a.seq - b.seq).map((line) => `${line.text}\n`).join('');
}
