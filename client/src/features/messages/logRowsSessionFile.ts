// "Export" in the Log: the rows that pass the filter, as a session file (the same JSON Lines format the
// proxy records, docs/session-format.md), so it can be imported and reopened like any session. The
// connections' summaries go with them (handshake, label) with their secrets removed: env and header
// values, URL credentials and query values are masked, and any of those values that a server echoed
// into a message or a stderr line is masked wherever it appears.
import type { ConnectionSummary, ConnectionTarget } from '../../../../shared/connectionTypes';
import type { Finding } from '../../../../shared/diagnosis';
import { isStdioTarget } from '../../../../shared/isStdioTarget';
import type { RecordedEvent } from '../../../../shared/recordedEvent';
import { eventEntry, SESSION_FORMAT, SESSION_FORMAT_VERSION, type SessionEntry, type SessionHeader } from '../../../../shared/session';

const MASK = '***';
/** Shorter values ("1", "yes") are too common to mask in free text without mangling it. */
const MIN_SECRET_LENGTH = 4;

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

function maskUrl(url: string): { url: string; secrets: string[] } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { url, secrets: [] };
  }
  const secrets = [decodeURIComponent(parsed.username), decodeURIComponent(parsed.password), ...parsed.searchParams.values()];
  if (parsed.username) parsed.username = MASK;
  if (parsed.password) parsed.password = MASK;
  for (const name of [...new Set(parsed.searchParams.keys())]) parsed.searchParams.set(name, MASK);
  return { url: parsed.href, secrets };
}

/** The target with every value that may be a credential masked, and those values (to mask in text). */
export function maskTarget(target: ConnectionTarget): { target: ConnectionTarget; secrets: string[] } {
  if (isStdioTarget(target)) {
    return { target: { ...target, env: Object.fromEntries(Object.keys(target.env).map((name) => [name, MASK])) }, secrets: Object.values(target.env) };
  }
  const { url, secrets } = maskUrl(target.url);
  const headerValues = Object.values(target.headers).flatMap((value) => [value, ...value.split(/\s+/)]);
  return { target: { ...target, url, headers: Object.fromEntries(Object.keys(target.headers).map((name) => [name, MASK])) }, secrets: [...secrets, ...headerValues] };
}

function scrubber(secrets: readonly string[]): (json: string) => string {
  const escaped = [...new Set(secrets.filter((secret) => secret.length >= MIN_SECRET_LENGTH && secret !== MASK))].map((secret) => JSON.stringify(secret).slice(1, -1));
  return (json) => escaped.reduce((text, secret) => (text.includes(secret) ? text.replaceAll(secret, MASK) : text), json);
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
  const secrets: string[] = [];
  const entries: SessionEntry[] = [];
  // Summaries first (stamped before every row), findings last (after the rows they point at).
  for (const summary of connections) {
    if (!ids.has(summary.id)) continue;
    const masked = maskTarget(summary.target);
    secrets.push(...masked.secrets);
    entries.push({ type: 'connection', seq: 0, time: createdAt.getTime(), connectionId: summary.id, summary: { ...summary, target: masked.target } });
  }
  for (const event of events) entries.push(eventEntry(event));
  for (const finding of findings) {
    if (!ids.has(finding.connectionId) || !finding.seqs.some((seq) => seqs.has(seq))) continue;
    entries.push({ type: 'finding', seq: last?.seq ?? 0, time: last?.time ?? createdAt.getTime(), connectionId: finding.connectionId, finding });
  }
  const scrub = scrubber(secrets);
  return [header, ...entries].map((line) => `${scrub(JSON.stringify(line))}\n`).join('');
}

/** A file name for the export: the connection's label and the time, in characters every system accepts. */
export function logExportFileName(label: string, exportedAt: Date): string {
  const safe = label.replace(/[^\w.@+-]+/g, '-').replace(/^-+|-+$/g, '') || 'log';
  return `${safe}-log-${exportedAt.toISOString().replace(/[:.]/g, '-')}.jsonl`;
}
