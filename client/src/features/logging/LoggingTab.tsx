// The server's logging: the level it should send from (`logging/setLevel`, offered only when the
// server declares `logging`), and its `notifications/message` with level, logger and data.
import type { ConnectionSummary } from '../../../../shared/connectionTypes';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { EmptyState } from '../../ui/EmptyState';
import { isModern } from '../eras/eraChoices';
import { LOG_LEVELS, isLogLevel, type LogLevel } from './logMessages';
import { useLoggingModel } from './useLoggingModel';

/** The newest messages shown; older ones stay in the Log tab. */
const MAX_ROWS = 2000;

const selectClass = 'h-7 rounded border border-zinc-300 bg-white px-1.5 text-xs dark:border-zinc-600 dark:bg-zinc-800';

function toneOf(level: string): BadgeTone {
  if (!isLogLevel(level)) return 'accent';
  const rank = LOG_LEVELS.indexOf(level);
  return rank >= 4 ? 'danger' : rank === 3 ? 'warning' : rank >= 1 ? 'info' : 'neutral';
}

export function LoggingTab({ connection }: { connection: ConnectionSummary }) {
  const model = useLoggingModel(connection.id);
  const declared = connection.handshake?.serverCapabilities.logging !== undefined;
  const outcome = model.setLevel.data;
  // 2026-07-28 has no logging/setLevel: the proxy puts the level in each later request's _meta.
  const perRequest = isModern(connection);
  return (
    <div className="flex h-full flex-col">
      <div className="flex flex-wrap items-center gap-3 border-b border-zinc-200 px-3 py-1.5 text-xs dark:border-zinc-700">
        {declared ? (
          <label className="flex items-center gap-1.5">
            Server level
            <select
              aria-label="Server log level"
              defaultValue=""
              onChange={(event) => event.target.value && model.setLevel.mutate(event.target.value as LogLevel)}
              disabled={connection.state !== 'connected'}
              className={selectClass}
            >
              <option value="" disabled>
                (not set)
              </option>
              <LevelOptions />
            </select>
          </label>
        ) : (
          <span className="text-zinc-500">The server does not declare logging: its level cannot be set.</span>
        )}
        {outcome && (
          <span aria-live="polite" className={outcome.ok ? 'text-emerald-700 dark:text-emerald-400' : 'text-red-700 dark:text-red-400'}>
            {outcome.ok ? (perRequest ? 'Level set: sent in _meta of each request from now on' : 'Level set') : `setLevel failed: ${outcome.error.message}`}
          </span>
        )}
        {perRequest && !outcome && <span className="text-zinc-500">Modern era: the level travels in each request&apos;s _meta (no logging/setLevel).</span>}
        <label className="ml-auto flex items-center gap-1.5">
          Show at least
          <select aria-label="Show at least" value={model.minimum} onChange={(event) => model.setMinimum(event.target.value as LogLevel)} className={selectClass}>
            <LevelOptions />
          </select>
        </label>
        <span className="text-zinc-500">
          {model.shown.length} of {model.all.length}
        </span>
      </div>
      {model.shown.length === 0 ? (
        <EmptyState title={model.all.length === 0 ? 'No log messages yet' : 'No messages at this level'}>
          {model.all.length === 0 ? 'Messages the server sends with notifications/message appear here.' : 'Lower the level filter to see more.'}
        </EmptyState>
      ) : (
        <ol aria-label="Server log messages" className="min-h-0 flex-1 overflow-auto font-mono text-xs">
          {model.shown.slice(-MAX_ROWS).map((message) => (
            <li key={message.seq} className="flex gap-2 border-b border-zinc-100 px-3 py-0.5 dark:border-zinc-800">
              <span className="shrink-0 text-zinc-400">{new Date(message.time).toLocaleTimeString()}</span>
              <span className="w-20 shrink-0">
                <Badge tone={toneOf(message.level)}>{message.level}</Badge>
              </span>
              {message.logger && <span className="shrink-0 text-zinc-500">{message.logger}</span>}
              <span className="min-w-0 break-all whitespace-pre-wrap">{typeof message.data === 'string' ? message.data : JSON.stringify(message.data)}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function LevelOptions() {
  return LOG_LEVELS.map((level) => (
    <option key={level} value={level}>
      {level}
    </option>
  ));
}
