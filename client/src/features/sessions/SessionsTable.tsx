import { useState, type MouseEvent } from 'react';
import type { SessionListItem } from '../../../../shared/session/sessionLibrary';
import { downloadSession, sessionDownloadUrl, sessionPageUrl } from '../../api/sessionLibrary';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { formatBytes, formatDate, formatDuration } from './formatSession';
import type { SortOrder } from './useSessionsModel';

export interface SessionsTableProps {
  sessions: readonly SessionListItem[];
  order: SortOrder;
  onToggleOrder: () => void;
  onDelete: (id: string) => void;
}

/** Thousands of files stay quick: rows are added a page at a time. */
const PAGE_SIZE = 200;

const cell = 'px-2 py-1 align-middle';
const number = `${cell} whitespace-nowrap text-right tabular-nums`;
const linkClass =
  'inline-flex h-6 items-center rounded border border-zinc-300 bg-white px-2 text-xs font-medium hover:bg-zinc-100 dark:border-zinc-600 dark:bg-zinc-800 dark:hover:bg-zinc-700';

function RowActions({ session, onDelete }: { session: SessionListItem; onDelete: (id: string) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [downloadError, setDownloadError] = useState<string>();
  // A plain link would reach the proxy without the token (there is no cookie): fetch it, save the blob.
  const download = (event: MouseEvent) => {
    event.preventDefault();
    setDownloadError(undefined);
    downloadSession(session.id).catch((error: unknown) => setDownloadError(error instanceof Error ? error.message : String(error)));
  };
  if (confirming) {
    return (
      <span className="flex items-center gap-1">
        <span className="text-xs">Delete this file?</span>
        <Button variant="danger" className="h-6 text-xs" onClick={() => onDelete(session.id)}>
          Delete file
        </Button>
        <Button className="h-6 text-xs" onClick={() => setConfirming(false)}>
          Keep
        </Button>
      </span>
    );
  }
  return (
    <span className="flex items-center gap-1">
      {session.error === undefined ? (
        <a className={linkClass} href={sessionPageUrl(session.id)} target="_blank" rel="noopener" aria-label={`Open ${session.id}`}>
          Open
        </a>
      ) : (
        <span className="px-2 text-xs text-zinc-400" title={session.error}>
          cannot open
        </span>
      )}
      <a className={linkClass} href={sessionDownloadUrl(session.id)} download={session.id} aria-label={`Download ${session.id}`} onClick={download}>
        Download
      </a>
      {downloadError !== undefined && (
        <span role="alert" className="text-xs text-red-700 dark:text-red-400">
          {downloadError}
        </span>
      )}
      <Button
        variant="danger"
        className="h-6 text-xs"
        aria-label={`Delete ${session.id}`}
        disabled={session.recording}
        title={session.recording ? 'Being recorded by this mcp-inspect now' : undefined}
        onClick={() => setConfirming(true)}
      >
        Delete
      </Button>
    </span>
  );
}

function SessionRow({ session, onDelete }: { session: SessionListItem; onDelete: (id: string) => void }) {
  return (
    <tr className="border-b border-zinc-100 hover:bg-zinc-50 dark:border-zinc-800 dark:hover:bg-zinc-900" aria-label={session.id}>
      <td className={`${cell} whitespace-nowrap`}>{formatDate(session.createdAt ?? session.modifiedAt)}</td>
      <td className={cell}>
        <div className="flex items-center gap-1.5">
          <span className="font-medium">{session.server ?? '—'}</span>
          {session.recording && <Badge tone="accent">recording</Badge>}
        </div>
        <div className="font-mono text-[11px] text-zinc-500 dark:text-zinc-400">{session.id}</div>
        {session.error !== undefined && (
          <div role="alert" className="text-xs text-red-700 dark:text-red-400">
            {session.error}
          </div>
        )}
      </td>
      <td className={number}>{session.durationMs === undefined ? '—' : formatDuration(session.durationMs)}</td>
      <td className={number}>{session.messageCount.toLocaleString('en')}</td>
      <td className={number}>
        {session.findingCount.toLocaleString('en')}
        {session.damagedLines > 0 && (
          <div className="text-[11px] text-amber-700 dark:text-amber-400">
            {session.damagedLines} damaged line{session.damagedLines === 1 ? '' : 's'}
          </div>
        )}
      </td>
      <td className={number}>{formatBytes(session.size)}</td>
      <td className={cell}>
        <RowActions session={session} onDelete={onDelete} />
      </td>
    </tr>
  );
}

/** The recorded sessions: date (sortable), server, duration, counts, size, and what can be done with each. */
export function SessionsTable({ sessions, order, onToggleOrder, onDelete }: SessionsTableProps) {
  const [shown, setShown] = useState(PAGE_SIZE);
  const header = 'px-2 py-1 text-left text-xs font-medium text-zinc-500 dark:text-zinc-400';
  return (
    <>
      <table aria-label="Sessions" className="w-full border-collapse text-sm">
        <thead className="sticky top-0 bg-white dark:bg-zinc-950">
          <tr className="border-b border-zinc-200 dark:border-zinc-700">
            <th className={header} aria-sort={order === 'newest' ? 'descending' : 'ascending'}>
              <button type="button" className="font-medium hover:underline" onClick={onToggleOrder}>
                Date {order === 'newest' ? '↓' : '↑'}
              </button>
            </th>
            <th className={header}>Server</th>
            <th className={`${header} text-right`}>Duration</th>
            <th className={`${header} text-right`}>Messages</th>
            <th className={`${header} text-right`}>Findings</th>
            <th className={`${header} text-right`}>Size</th>
            <th className={header}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.slice(0, shown).map((session) => (
            <SessionRow key={session.id} session={session} onDelete={onDelete} />
          ))}
        </tbody>
      </table>
      {sessions.length > shown && (
        <div className="p-2 text-center">
          <Button onClick={() => setShown(shown + PAGE_SIZE)}>
            Show {Math.min(PAGE_SIZE, sessions.length - shown)} more of {(sessions.length - shown).toLocaleString('en')}
          </Button>
        </div>
      )}
    </>
  );
}
