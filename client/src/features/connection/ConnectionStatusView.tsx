import type { ReactNode } from 'react';
import { canSend, type ConnectionSummary } from '../../../../shared/connectionTypes';
import { describeStatus, TONE_DOT } from './connectionStatus';
import { isModern } from '../eras/eraChoices';
import { PingView } from './PingView';

export interface ConnectionStatusViewProps {
  connection: ConnectionSummary;
  /** Workspace buttons at the end of the bar; kept outside the live region so they are not announced. */
  actions?: ReactNode;
}

/** The status bar: one sentence about the connection, plus the last stderr lines after a failure. */
export function ConnectionStatusView({ connection, actions }: ConnectionStatusViewProps) {
  const status = describeStatus(connection);
  return (
    <div className="flex items-start gap-2 border-b border-zinc-200 px-3 py-1.5 dark:border-zinc-700">
      <div role="status" aria-label="Connection status" className="min-w-0 flex-1">
        <div className="flex min-w-0 items-center gap-2">
          <span aria-hidden className={`size-2 shrink-0 rounded-full ${TONE_DOT[status.tone]}`} />
          {/* The headline is never cut: the detail and the label give way first, and a very long one wraps. */}
          <span className="max-w-[70%] shrink-0 font-medium break-words">{status.headline}</span>
          {status.detail && <span className="min-w-0 shrink-[50] truncate text-zinc-500 dark:text-zinc-400">{status.detail}</span>}
          <span className="ml-auto" />
          {connection.tap ? null : isModern(connection) ? (
            <span className="text-xs text-zinc-500" title="The 2026-07-28 revision removed ping">
              no ping in 2026-07-28
            </span>
          ) : (
            // A tapped connection has no ping of ours: the host is the client.
            <PingView connectionId={connection.id} connected={canSend(connection)} />
          )}
          {/* Set apart from the ping controls, which it otherwise reads as part of ("every 10 s Playwright"). */}
          <span className="min-w-0 shrink-[100] truncate border-l border-zinc-200 pl-2 font-mono text-xs text-zinc-400 dark:border-zinc-700" title={`Connection: ${connection.label}`}>
            {connection.label}
          </span>
        </div>
        {status.stderr && (
          <pre
            aria-label="Last stderr lines"
            className="mt-1.5 max-h-32 overflow-auto rounded bg-zinc-100 p-2 font-mono text-xs whitespace-pre-wrap text-red-800 dark:bg-zinc-950 dark:text-red-300"
          >
            {status.stderr.join('\n')}
          </pre>
        )}
      </div>
      {actions && <div className="flex shrink-0 items-center gap-1">{actions}</div>}
    </div>
  );
}
