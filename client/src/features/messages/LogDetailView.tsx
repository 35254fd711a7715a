import { cliCommandFor } from '../../../../shared/cliCommand';
import type { ConnectionSummary } from '../../../../shared/connectionTypes';
import type { Finding } from '../../../../shared/diagnosis';
import type { LogEntry } from '../../api/logEntry';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { CopyButton } from '../../ui/CopyButton';
import { LogKindLabel } from './LogKindLabel';
import { ExchangeBodiesView } from './ExchangeBodiesView';
import { LogRowActions } from './LogRowActions';
import { formatLatency, formatSize } from './logRowText';
import { formatAbsoluteTime } from '../../ui/formatTime';

export interface LogDetailViewProps {
  entry: LogEntry | undefined;
  /** The request or response paired with `entry`. */
  pair: LogEntry | undefined;
  /** The first diagnosis finding that points at `entry`, if any (all are in the Diagnoses tab). */
  finding: Finding | undefined;
  /** True when the filter or Clear view hides this entry's row. */
  hiddenByFilter: boolean;
  /** The entry's connection (for the CLI command's server part). */
  connection: ConnectionSummary | undefined;
  onJump: (seq: number) => void;
  /** Opens the Raw composer with this text ("Edit and send"). */
  onEditAndSend: (text: string) => void;
}

const DIRECTION_TEXT = { outgoing: 'client → server', incoming: 'server → client' } as const;

/** The `mcp-inspect --cli` command for the client request this entry is or answers, if the CLI has one. */
function cliCommandOf(entry: LogEntry, pair: LogEntry | undefined, connection: ConnectionSummary | undefined): string | undefined {
  const request = entry.kind === 'request' ? entry : pair?.kind === 'request' ? pair : undefined;
  if (!connection || request?.direction !== 'outgoing' || request.event.kind !== 'message' || !request.method) return undefined;
  const params = (request.event.message as { params?: unknown }).params;
  return cliCommandFor({ method: request.method, params }, connection.target);
}

/** The selected event in full, beside its paired request or response, with what can be done with it. */
export function LogDetailView({ entry, pair, finding, hiddenByFilter, connection, onJump, onEditAndSend }: LogDetailViewProps) {
  if (!entry) {
    return (
      <section aria-label="Message details" className="h-full">
        <EmptyState title="No event selected">Click a row of the log (or use the arrow keys) to see the full message here.</EmptyState>
      </section>
    );
  }
  const facts = [
    `#${entry.seq}`,
    entry.direction && DIRECTION_TEXT[entry.direction],
    formatAbsoluteTime(entry.time),
    entry.size !== undefined && formatSize(entry.size),
    entry.latencyMs !== undefined && `answered in ${formatLatency(entry.latencyMs)}`,
    entry.lateAfterCancel && `late response (after cancel): ${entry.lateAfterCancel.afterMs} ms after the cancellation #${entry.lateAfterCancel.cancelSeq}`,
    entry.cancelSeq !== undefined && `cancelled by #${entry.cancelSeq}`,
  ].filter(Boolean);
  const isRequest = entry.kind === 'request';
  const cliCommand = cliCommandOf(entry, pair, connection);
  const event = entry.event;
  return (
    <section aria-label="Message details" className="flex h-full min-h-0 flex-col">
      {/* One line: the actions keep their size and the facts give way (in full in their tooltip). */}
      <div className="flex items-center gap-x-3 border-b border-zinc-200 bg-zinc-50 px-3 py-1 whitespace-nowrap dark:border-zinc-700 dark:bg-zinc-900">
        <span className="shrink-0 font-mono text-xs">
          <LogKindLabel kind={entry.kind} />
        </span>
        {entry.method && <span className="min-w-0 shrink truncate font-mono font-semibold" title={entry.method}>{entry.method}</span>}
        {entry.id !== undefined && <span className="shrink-0 font-mono text-xs text-zinc-500">id {String(entry.id)}</span>}
        <span className="min-w-0 flex-1 truncate text-xs text-zinc-500 dark:text-zinc-400" title={facts.join(' · ')}>
          {facts.join(' · ')}
          {hiddenByFilter && ' (hidden by the filter)'}
        </span>
        <span className="ml-auto flex shrink-0 items-center gap-1">
          <LogRowActions entry={entry} pair={pair} connection={connection} onSelectSeq={onJump} onEditAndSend={onEditAndSend} />
          <CopyButton label="Copy JSON" text={() => (event.kind === 'message' && event.tooDeep ? event.tooDeep.raw : (JSON.stringify(event.kind === 'message' ? event.message : event, null, 2) ?? ''))} />
          {cliCommand !== undefined && <CopyButton label="Copy as CLI" text={() => cliCommand} />}
          {entry.pairSeq !== undefined && !pair && (
            <span className="text-xs text-zinc-500 dark:text-zinc-400">
              {isRequest ? 'Response' : 'Request'} #{entry.pairSeq} is not loaded
            </span>
          )}
          {entry.pairSeq !== undefined && pair && (
            <Button className="h-6 text-xs" onClick={() => onJump(entry.pairSeq!)}>
              {isRequest ? 'Go to response' : 'Go to request'} #{entry.pairSeq}
              {pair && isRequest && pair.latencyMs !== undefined ? ` (${formatLatency(pair.latencyMs)})` : ''}
            </Button>
          )}
          {isRequest && entry.pairSeq === undefined && !entry.answerNotRead && (
            <span className={`text-xs ${entry.endedSeq === undefined ? 'text-amber-700 dark:text-amber-400' : 'text-red-700 dark:text-red-400'}`}>
              {entry.endedSeq === undefined ? 'No response yet' : `No response: the connection ended (#${entry.endedSeq})`}
            </span>
          )}
        </span>
      </div>
      {finding && (
        <p role="note" aria-label="Finding" className="border-b border-red-200 bg-red-50 px-3 py-1 text-xs text-red-800 dark:border-red-900 dark:bg-red-950/50 dark:text-red-200">
          <span className="font-mono font-semibold">{finding.ruleId}</span> ({finding.severity}): {finding.message}
        </p>
      )}
      <div className="min-h-0 flex-1 overflow-auto p-2">
        <ErrorBoundary what="this event" resetKey={entry.seq}>
          {cliCommand !== undefined && (
            <pre aria-label="CLI command" className="mb-2 overflow-x-auto rounded bg-zinc-100 px-2 py-1 font-mono text-[11px] text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
              {cliCommand}
            </pre>
          )}
          <ExchangeBodiesView entry={entry} pair={pair} onJump={onJump} />
        </ErrorBoundary>
      </div>
    </section>
  );
}
