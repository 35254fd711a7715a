// "Export" in the Log: the rows that pass the filter, as a session file (the same JSON Lines format the
// proxy records, docs/session-format.md), so it can be imported and reopened like any session. The
// connections' summaries go with them (handshake, label), written by the same writer as the proxy's
// recorder (shared/session/sessionLineWriter.ts), so the same secrets are masked in the same way.
import type { ConnectionSummary } from '../../../../shared/connectionTypes';
import type { Finding } from '../../../../shared/diagnosis';
import type { RecordedEvent } from '../../../../shared/recordedEvent';
import { eventEntry, SESSION_FORMAT, SESSION_FORMAT_VERSION, SessionLineWriter, type SessionEntry, type SessionHeader } from '../../../../shared/session';

export interface LogRowsExport {
  /** The rows, in log order (seq order). */
  events: readonly RecordedEvent[];
  /** At least every connection a row belongs to (others are left out). */
  connections: readonly ConnectionSummary[];
  /** Findings of those connections; those pointing at an exported row go with it. */
  findings: readonly Finding[];
  inspectorVersion: string;
  exportedAt: Date;
}

/** The session file holding exactly these rows, each as an `event` entry, with their connections and findings. */
export function logRowsSessionFile({ events, connections, findings, inspectorVersion, exportedAt }: LogRowsExport): string {
  const first = events[0];
  const last = events.at(-1);
  const createdAt = new Date(first?.time ?? exportedAt.getTime());
  const header: SessionHeader = {
    format: SESSION_FORMAT,
    version: SESSION_FORMAT_VERSION,
    inspectorVersion,
    createdAt: createdAt.toISOString(),
    targets: [],
    client: { info: { name: 'mcp-inspect', version: inspectorVersion }, capabilities: {} },
    era: 'legacy',
  };
  const ids = new Set(events.map((event) => event.connectionId));
  const seqs = new Set(events.map((event) => event.seq));
  const entries: SessionEntry[] = [];
  // Summaries first (stamped before every row), findings last (after the rows they point at).
  for (const summary of connections) {
    if (!ids.has(summary.id)) continue;
    entries.push({ type: 'connection', seq: 0, time: createdAt.getTime(), connectionId: summary.id, summary });
  }
  for (const event of events) entries.push(eventEntry(event));
  for (const finding of findings) {
    if (!ids.has(finding.connectionId) || !finding.seqs.some((seq) => seqs.has(seq))) continue;
    entries.push({ type: 'finding', seq: last?.seq ?? 0, time: last?.time ?? createdAt.getTime(), connectionId: finding.connectionId, finding });
  }
  // The writer learns every connection's secrets before any row is written (summaries come first).
  const writer = new SessionLineWriter();
  return [writer.header(header), ...entries.map((entry) => writer.entry(entry))].join('');
}

/** A file name for the export: the connection's label and the time, in characters every system accepts. */
export function logExportFileName(label: string, exportedAt: Date): string {
  const safe = label.replace(/[^\w.@+-]+/g, '-').replace(/^-+|-+$/g, '') || 'log';
  return `${safe}-log-${exportedAt.toISOString().replace(/[:.]/g, '-')}.jsonl`;
}
